package dev.cogsh.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.config.OwnerOnlyFile;
import dev.cogsh.srp.DeviceSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembered devices by (user pool, user): the device key, group key and device password, in a JSON
 * file only its owner can read (600 in a 700 folder; {@code config.Environment#deviceFile}). The
 * device password cannot be recovered from Cognito, so losing it means one more MFA sign-in, never
 * a lock-out. With no file it keeps them for the life of the process only.
 */
final class DeviceStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, DeviceSecret> memory = new ConcurrentHashMap<>();

  /** A store in {@code file}, or in memory only when it is {@code null}. */
  DeviceStore(Path file) {
    this.file = file;
  }

  /** The file, when there is one. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The key of one user of one pool; user names match case-insensitively, as in Cognito. */
  static String key(String userPoolId, String username) {
    return userPoolId + " " + username.toLowerCase(Locale.ROOT);
  }

  synchronized Optional<DeviceSecret> get(String key) {
    DeviceSecret secret = memory.get(key);
    if (secret == null && file != null) {
      JsonNode n = read().path(key);
      if (n.path("deviceKey").isTextual()) {
        secret =
            new DeviceSecret(
                n.path("deviceGroupKey").asText(),
                n.path("deviceKey").asText(),
                n.path("devicePassword").asText());
        memory.put(key, secret);
      }
    }
    return Optional.ofNullable(secret);
  }

  /**
   * Keeps a device.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  synchronized void put(String key, DeviceSecret secret) {
    if (file != null) {
      ObjectNode all = read();
      all.putObject(key)
          .put("deviceKey", secret.deviceKey())
          .put("deviceGroupKey", secret.deviceGroupKey())
          .put("devicePassword", secret.devicePassword());
      write(all);
    }
    memory.put(key, secret);
  }

  synchronized void remove(String key) {
    memory.remove(key);
    if (file != null) {
      ObjectNode all = read();
      if (all.remove(key) != null) {
        write(all);
      }
    }
  }

  private ObjectNode read() {
    try {
      if (Files.isRegularFile(file)) {
        JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (node instanceof ObjectNode object) {
          return object;
        }
      }
    } catch (IOException | RuntimeException e) {
      // corrupt or unreadable: the devices in it need one more MFA sign-in each
    }
    return JSON.createObjectNode();
  }

  /** Writes atomically through a 600 temporary file in the 700 folder. */
  private void write(ObjectNode all) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (Files.isDirectory(dir)
          && dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // a folder made earlier by someone else's umask is tightened too
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
      OwnerOnlyFile.write(file, JSON.writeValueAsString(all));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
