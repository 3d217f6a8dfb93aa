package dev.cogsh.sandbox;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.config.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the sandbox keeps its state with {@code --state DIR}: one JSON file per record, {@code
 * DIR/<collection>/<id>.json}. Each write goes to a temporary file in the same folder, is forced to
 * disk and then renamed over the old one with {@code ATOMIC_MOVE}, so a kill at any moment leaves
 * either the old record or the new one, never half of one. Without a folder it stores nothing.
 */
final class StateStore {
  private static final String SUFFIX = ".json";

  private final Path dir;

  private StateStore(Path dir) {
    this.dir = dir;
  }

  /** A store that keeps nothing (no {@code --state}). */
  static StateStore memory() {
    return new StateStore(null);
  }

  /** A store in {@code dir}, created when missing. */
  static StateStore open(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new SandboxStartException(
          "the sandbox state folder " + dir + " is a file", "give --state a folder", null);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new SandboxStartException(
          "cannot create the sandbox state folder " + dir + ": " + TextFiles.reason(e),
          "give --state a folder this user may create, or create it first",
          e);
    }
    usable(dir);
    return new StateStore(dir);
  }

  /** Refuses a folder this user cannot list, read and write (a sign-in would fail later). */
  private static void usable(Path folder) throws SandboxStartException {
    if (!Files.isReadable(folder) || !Files.isWritable(folder) || !Files.isExecutable(folder)) {
      throw new SandboxStartException(
          "the sandbox state folder "
              + folder
              + " is not readable and writable by this user (permissions "
              + permissions(folder)
              + ")",
          "fix its permissions (chmod u+rwx) or give --state another folder",
          null);
    }
  }

  private static String permissions(Path path) {
    try {
      return java.nio.file.attribute.PosixFilePermissions.toString(
          Files.getPosixFilePermissions(path));
    } catch (IOException | UnsupportedOperationException e) {
      return "unknown";
    }
  }

  boolean persistent() {
    return dir != null;
  }

  /**
   * Every record of a collection (temporary files a kill left behind are removed), each checked
   * against {@code shape}: one that does not fit is refused, naming its file and what it lacks,
   * never used half-way.
   *
   * @throws IOException when the collection is not a usable folder, or a record cannot be read,
   *     does not parse or does not fit (the message names the file)
   */
  List<JsonNode> load(String collection, RecordShape shape) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (java.util.Map.Entry<Path, JsonNode> record : loadFiles(collection).entrySet()) {
      String problem = shape.problem(record.getValue());
      if (problem != null) {
        throw misshapen(record.getKey(), shape, problem);
      }
      records.add(record.getValue());
    }
    return records;
  }

  /** The refusal of a record file that does not fit its collection's {@code shape}. */
  static SandboxStartException misshapen(Path file, RecordShape shape, String problem) {
    return new SandboxStartException(
        "the sandbox state file " + file + " is not " + shape.noun() + ": " + problem,
        "restore it from a backup, or " + shape.ifDeleted(),
        null);
  }

  /**
   * Every record of a collection with the file it came from, in file-name order.
   *
   * @throws IOException when the collection is not a usable folder, or a record cannot be read or
   *     does not parse (the message names the file)
   */
  java.util.Map<Path, JsonNode> loadFiles(String collection) throws IOException {
    java.util.Map<Path, JsonNode> records = new java.util.LinkedHashMap<>();
    if (dir == null || !Files.exists(dir.resolve(collection))) {
      return records;
    }
    Path folder = dir.resolve(collection);
    if (!Files.isDirectory(folder)) {
      throw new SandboxStartException(
          "the sandbox state " + folder + " is a file where a folder of records belongs",
          "move it away (the sandbox then starts without those records) or restore the folder",
          null);
    }
    usable(folder);
    try (Stream<Path> files = Files.list(dir.resolve(collection))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
          Files.deleteIfExists(file); // an interrupted write: the record before it still stands
          continue;
        }
        if (Files.isDirectory(file)) {
          throw new SandboxStartException(
              "the sandbox state " + file + " is a folder where a record file belongs",
              "move it away",
              null);
        }
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(file);
        } catch (IOException e) {
          throw new SandboxStartException(
              "the sandbox state file " + file + " cannot be read (" + TextFiles.reason(e) + ")",
              "fix its permissions (chmod u+rw) or move it away",
              e);
        }
        try {
          records.put(file, Json.parse(bytes));
        } catch (IOException e) {
          throw new SandboxStartException(
              "the sandbox state file " + file + " does not parse: " + parseProblem(e),
              "restore it from a backup or move it away",
              e);
        }
      }
    }
    return records;
  }

  /**
   * Jackson's problem in one line, with the line and column where it is: its own message adds a
   * second line about its settings. A long quoted token (which may be part of a key) is not shown.
   */
  static String parseProblem(IOException e) {
    String what = e.getMessage();
    String where = "";
    if (e instanceof JsonProcessingException json) {
      what = json.getOriginalMessage();
      JsonLocation at = json.getLocation();
      if (at != null && at.getLineNr() > 0) {
        where = " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      }
    }
    if (what == null) {
      what = "not JSON";
    }
    return what.replaceAll("'[^'\\n]{13,}'", "'…'").replaceAll("\\s*\\R\\s*", " ") + where;
  }

  /**
   * Writes one record atomically; a failure is an {@link UncheckedIOException}. The record is built
   * only when there is a folder to write it to.
   */
  void put(String collection, String id, Supplier<? extends JsonNode> record) {
    if (dir == null) {
      return;
    }
    try {
      Path folder = dir.resolve(collection);
      Files.createDirectories(folder);
      Path target = folder.resolve(fileName(id));
      Path temp = Files.createTempFile(folder, ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(Json.writeBytes(record.get()));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write sandbox state " + collection + "/" + id, e);
    }
  }

  /** Deletes one record. */
  void delete(String collection, String id) {
    if (dir == null) {
      return;
    }
    try {
      Files.deleteIfExists(dir.resolve(collection).resolve(fileName(id)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete sandbox state " + collection + "/" + id, e);
    }
  }

  /**
   * A file name for any id: letters, digits, {@code -}, {@code _} and (not first) {@code .} stay,
   * the rest is {@code %XX}.
   */
  static String fileName(String id) {
    StringBuilder name = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || (c == '.' && name.length() > 0); // a leading dot marks a temporary file
      if (safe) {
        name.append(c);
      } else {
        name.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return name + SUFFIX;
  }
}
