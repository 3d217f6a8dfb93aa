package dev.cogsh.creds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.config.OwnerOnlyFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Identity ids by (identity pool, provider, user): kept for the life of the process and, when the
 * user opts in, in a JSON file only its owner can read, so a later session skips {@code GetId}. An
 * unreadable or corrupt file is treated as empty: the cache only ever saves a round trip.
 */
final class IdentityIdCache {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> memory = new ConcurrentHashMap<>();
  private final Path file;

  /** A cache; {@code file} may be {@code null} (memory only). */
  IdentityIdCache(Path file) {
    this.file = file;
  }

  /** The key for one user of one pool through one provider. */
  static String key(String identityPoolId, String loginsKey, String subject) {
    return identityPoolId + " " + loginsKey + " " + subject;
  }

  Optional<String> get(String key) {
    String id = memory.get(key);
    if (id == null && file != null) {
      id = read().path(key).textValue();
      if (id != null) {
        memory.put(key, id);
      }
    }
    return Optional.ofNullable(id);
  }

  void put(String key, String identityId) {
    memory.put(key, identityId);
    if (file != null) {
      synchronized (this) {
        ObjectNode all = read();
        all.put(key, identityId);
        write(all);
      }
    }
  }

  void remove(String key) {
    memory.remove(key);
    if (file != null) {
      synchronized (this) {
        ObjectNode all = read();
        if (all.remove(key) != null) {
          write(all);
        }
      }
    }
  }

  /** The disk file, if the user opted in. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
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
      // corrupt or unreadable: start over, GetId will fill it again
    }
    return JSON.createObjectNode();
  }

  /** Writes atomically; the directory is 700 and the file 600 where the file system allows it. */
  private void write(ObjectNode all) {
    try {
      OwnerOnlyFile.write(file, JSON.writeValueAsString(all));
    } catch (IOException e) {
      // the cache is an optimisation: a read-only home must not break credentials
    }
  }
}
