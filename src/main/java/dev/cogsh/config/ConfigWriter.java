package dev.cogsh.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/** Writes {@code cogsh.json} as people format JSON, atomically (a temp file moved into place). */
final class ConfigWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigWriter() {}

  /** Two-space indentation, {@code "key": value}, a final newline. */
  static String text(JsonNode root) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    try {
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces {@code target} with the JSON in one step: readers see the old file or the new one,
   * never half of it. An existing file's permissions are kept; a new file is readable by its owner
   * only (it may later hold a password).
   */
  static void write(Path target, String display, JsonNode root) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, ".cogsh-", ".json.tmp");
      Files.writeString(temp, text(root), StandardCharsets.UTF_8);
      PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
      if (old != null && Files.exists(target)) {
        Files.setPosixFilePermissions(temp, old.readAttributes().permissions());
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new ConfigException(
          "cannot write " + display + ": " + e, "check that the folder exists and is writable", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temp file is hidden and harmless; the original error matters more
        }
      }
    }
  }
}
