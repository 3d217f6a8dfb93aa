package dev.cogsh.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Request bodies from Java values: the exact bytes to send and the content type they imply. */
final class Bodies {

  static final String JSON = "application/json";
  static final String TEXT = "text/plain; charset=UTF-8";
  static final String BINARY = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("json", JSON),
          Map.entry("txt", TEXT),
          Map.entry("csv", "text/csv"),
          Map.entry("xml", "application/xml"),
          Map.entry("html", "text/html"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("pdf", "application/pdf"));

  /**
   * A body.
   *
   * @param contentType the type the value implies, or null for no body
   */
  record Body(byte[] bytes, String contentType) {
    static final Body NONE = new Body(new byte[0], null);
  }

  private Bodies() {}

  /**
   * {@code byte[]} as is (octet-stream); a {@code String} as UTF-8 (text/plain); a {@code Path} or
   * {@code File}: its bytes (type by extension); anything else (Map, List, record, JsonNode, bean)
   * as JSON.
   */
  static Body of(Object value, ObjectMapper json) {
    if (value == null) {
      return Body.NONE;
    }
    if (value instanceof byte[] bytes) {
      return new Body(bytes.clone(), BINARY);
    }
    if (value instanceof CharSequence text) {
      return new Body(text.toString().getBytes(StandardCharsets.UTF_8), TEXT);
    }
    if (value instanceof File file) {
      return file(file.toPath());
    }
    if (value instanceof Path path) {
      return file(path);
    }
    return new Body(jsonBytes(value, json), JSON);
  }

  /** A value as JSON; a String is taken as JSON text already. */
  static Body json(Object value, ObjectMapper json) {
    if (value instanceof CharSequence text) {
      return new Body(text.toString().getBytes(StandardCharsets.UTF_8), JSON);
    }
    return new Body(jsonBytes(value, json), JSON);
  }

  private static byte[] jsonBytes(Object value, ObjectMapper json) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new ApiException(
          "cannot write the body as JSON: " + e.getOriginalMessage(),
          "pass a Map, a List, a record, a JsonNode, a String or a byte[]",
          e);
    }
  }

  private static Body file(Path path) {
    try {
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
      return new Body(Files.readAllBytes(path), BY_EXTENSION.getOrDefault(ext, BINARY));
    } catch (IOException e) {
      throw new ApiException(
          "cannot read the body file " + path + ": " + e.getMessage(),
          "check the path (relative paths start at the working directory)",
          e);
    }
  }
}
