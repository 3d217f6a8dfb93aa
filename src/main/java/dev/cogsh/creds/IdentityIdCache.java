package dev.cogsh.creds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
      Path dir = file.toAbsolutePath().getParent();
      boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
      if (!Files.isDirectory(dir)) {
        try {
          if (posix) {
            Files.createDirectories(
                dir,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
          } else {
            Files.createDirectories(dir);
          }
        } catch (FileAlreadyExistsException e) {
          // another process made it
        }
      }
      Path temp =
          posix
              ? Files.createTempFile(
                  dir,
                  ".identities-",
                  ".tmp",
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-------")))
              : Files.createTempFile(dir, ".identities-", ".tmp");
      try {
        Files.writeString(temp, JSON.writeValueAsString(all), StandardCharsets.UTF_8);
        try {
          Files.move(
              temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      // the cache is an optimisation: a read-only home must not break credentials
    }
  }
}
