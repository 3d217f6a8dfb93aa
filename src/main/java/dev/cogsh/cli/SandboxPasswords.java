package dev.cogsh.cli;

import dev.cogsh.config.Environment;
import dev.cogsh.sandbox.SeedUser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@code cogsh sandbox --user NAME} finds NAME's password, so that it need not be on the
 * command line (where {@code ps} shows it): a line {@code NAME:PASSWORD} of the {@code
 * --users-file} (which must be readable by its owner only), else the variable {@code
 * COGSH_SANDBOX_PASSWORD_<NAME>} (NAME upper-cased, every other character than a letter or digit
 * made {@code _}), else {@code COGSH_SANDBOX_PASSWORD}. {@code --user NAME:PASSWORD} still works.
 */
final class SandboxPasswords {
  /** The variable with the password of every user not otherwise given one. */
  static final String VARIABLE = "COGSH_SANDBOX_PASSWORD";

  private final Map<String, String> fromFile;
  private final Path file;
  private final Environment environment;

  private SandboxPasswords(Map<String, String> fromFile, Path file, Environment environment) {
    this.fromFile = fromFile;
    this.file = file;
    this.environment = environment;
  }

  /**
   * Reads {@code usersFile} ({@code null} for none).
   *
   * @throws IllegalArgumentException one line naming the file and what to do
   */
  static SandboxPasswords open(Path usersFile, Environment environment) {
    if (usersFile == null) {
      return new SandboxPasswords(Map.of(), null, environment);
    }
    checkOwnerOnly(usersFile);
    List<String> lines;
    try {
      lines = List.of(Files.readString(usersFile, StandardCharsets.UTF_8).split("\\R"));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--users-file " + usersFile + " does not exist");
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("--users-file " + usersFile + " is not UTF-8 text");
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read --users-file " + usersFile + ": " + e.getMessage());
    }
    Map<String, String> passwords = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || colon == line.length() - 1) {
        // the line is not shown: it may hold a password
        throw new IllegalArgumentException(
            "line " + (i + 1) + " of --users-file " + usersFile + " is not NAME:PASSWORD");
      }
      passwords.put(line.substring(0, colon), line.substring(colon + 1));
    }
    return new SandboxPasswords(passwords, usersFile, environment);
  }

  private static void checkOwnerOnly(Path usersFile) {
    Set<PosixFilePermission> mode;
    try {
      if (!usersFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        return;
      }
      mode = Files.getPosixFilePermissions(usersFile);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--users-file " + usersFile + " does not exist");
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read --users-file " + usersFile + ": " + e.getMessage());
    }
    boolean shared =
        mode.contains(PosixFilePermission.GROUP_READ)
            || mode.contains(PosixFilePermission.OTHERS_READ)
            || mode.contains(PosixFilePermission.GROUP_WRITE)
            || mode.contains(PosixFilePermission.OTHERS_WRITE);
    if (shared) {
      throw new IllegalArgumentException(
          "--users-file "
              + usersFile
              + " holds passwords but others may read or change it: run chmod 600 "
              + usersFile);
    }
  }

  /** The variable that holds the password of user {@code name}. */
  static String variableFor(String name) {
    return VARIABLE + "_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /**
   * The seed user {@code text} names: {@code NAME:PASSWORD} as given, or {@code NAME} with its
   * password from the file or the environment.
   */
  SeedUser user(String text, SeedUser.Kind kind) {
    if (text.contains(":")) {
      return SeedUser.parse(text, kind);
    }
    String name = text.strip();
    Optional<String> password =
        Optional.ofNullable(fromFile.get(name))
            .or(() -> environment.variable(variableFor(name)))
            .or(() -> environment.variable(VARIABLE));
    return new SeedUser(
        name,
        password.orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no password for user "
                        + name
                        + ": add a line "
                        + name
                        + ":PASSWORD to "
                        + (file == null ? "a --users-file FILE (chmod 600)" : file)
                        + ", or set "
                        + variableFor(name)
                        + " or "
                        + VARIABLE)),
        kind,
        null);
  }
}
