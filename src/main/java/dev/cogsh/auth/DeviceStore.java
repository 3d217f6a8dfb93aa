package dev.cogsh.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.config.OwnerOnlyJson;
import dev.cogsh.srp.DeviceSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
    return OwnerOnlyJson.read(file); // corrupt or unreadable: one more MFA sign-in per device
  }

  private void write(ObjectNode all) {
    try {
      OwnerOnlyJson.write(file, all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
