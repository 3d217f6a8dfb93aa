package dev.cogsh.creds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.config.OwnerOnlyJson;
import java.io.IOException;
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
    return OwnerOnlyJson.read(file); // corrupt or unreadable: GetId fills it again
  }

  private void write(ObjectNode all) {
    try {
      OwnerOnlyJson.write(file, all);
    } catch (IOException e) {
      // the cache is an optimisation: a read-only home must not break credentials
    }
  }
}
