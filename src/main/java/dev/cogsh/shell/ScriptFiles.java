package dev.cogsh.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes the scripts {@code /record} and {@code /save} make. A script that reads parameters for
 * secrets ({@code param("PASSWORD")}) is made readable by its owner only (0600, as the history file
 * is) before its text goes in: it names the secrets a session used and sits next to the commands
 * that pass them. A file once made owner-only is never opened up again.
 */
final class ScriptFiles {

  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /** What the shell says about a file written owner-only. */
  static final String OWNER_ONLY_NOTE = "readable by you only (0600): it reads secret parameters";

  private ScriptFiles() {}

  /**
   * Writes {@code text} to {@code file}, first making the file owner-only when {@code ownerOnly}.
   *
   * @return whether the file is now owner-only (false where the file system has no POSIX modes)
   */
  static boolean write(Path file, String text, boolean ownerOnly) throws IOException {
    boolean restricted = ownerOnly && restrict(file);
    Files.writeString(file, text);
    return restricted;
  }

  private static boolean restrict(Path file) throws IOException {
    try {
      if (Files.notExists(file)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      }
      // createFile's mode passes through the umask, and an existing file keeps its own: set it.
      Files.setPosixFilePermissions(file, OWNER_ONLY);
      return true;
    } catch (UnsupportedOperationException e) {
      return false; // not a POSIX file system: the file keeps what the system gives it
    }
  }
}
