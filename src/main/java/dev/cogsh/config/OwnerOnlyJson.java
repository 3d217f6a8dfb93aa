package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A JSON object kept in an owner-only file ({@link OwnerOnlyFile}): the caches of remembered
 * devices and identity ids. Reading never fails: a missing, unreadable or corrupt file reads as an
 * empty object, since each entry only ever saves a round trip or an MFA prompt.
 */
public final class OwnerOnlyJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OwnerOnlyJson() {}

  /** The object in {@code file}; empty when there is none or it cannot be read or parsed. */
  public static ObjectNode read(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (node instanceof ObjectNode object) {
          return object;
        }
      }
    } catch (IOException | RuntimeException e) {
      // unreadable or corrupt: its entries are made again on the next sign-in
    }
    return JSON.createObjectNode();
  }

  /**
   * Writes {@code object} to {@code file} atomically, readable by its owner only; a folder that
   * someone else's umask made wider is tightened to {@code 0700} first.
   */
  public static void write(Path file, ObjectNode object) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (Files.isDirectory(dir)
        && dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
    OwnerOnlyFile.write(file, JSON.writeValueAsString(object));
  }
}
