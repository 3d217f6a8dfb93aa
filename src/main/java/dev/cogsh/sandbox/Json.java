package dev.cogsh.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON helpers over one shared, immutable-after-construction Jackson mapper. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  static byte[] writeBytes(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** Parses bytes, or returns {@code null} when they are not JSON. */
  static JsonNode parseOrNull(byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      return null;
    }
  }

  /** Parses bytes that must be JSON (files the sandbox wrote itself). */
  static JsonNode parse(byte[] bytes) throws IOException {
    JsonNode node = MAPPER.readTree(bytes);
    if (node == null || node.isMissingNode()) {
      throw new IOException("empty JSON document");
    }
    return node;
  }

  /**
   * The body of an AWS JSON 1.1 request: an object, else {@code SerializationException}. An empty
   * body counts as {@code {}}, as AWS treats it.
   */
  static ObjectNode request(byte[] body) {
    if (body.length == 0) {
      return object();
    }
    JsonNode node = parseOrNull(body);
    if (node == null || !node.isObject()) {
      throw AwsErrorException.cognito(
          "SerializationException", "The request body is not a valid JSON object.");
    }
    return (ObjectNode) node;
  }

  /** A required string field, else {@code InvalidParameterException}. */
  static String text(JsonNode request, String field) {
    String value = optionalText(request, field);
    if (value == null || value.isEmpty()) {
      throw AwsErrorException.cognito(
          "InvalidParameterException",
          "1 validation error detected: Value null at '"
              + Character.toLowerCase(field.charAt(0))
              + field.substring(1)
              + "' failed to satisfy constraint: Member must not be null");
    }
    return value;
  }

  /** An optional string field; a value of another JSON type is a {@code SerializationException}. */
  static String optionalText(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw AwsErrorException.cognito(
          "SerializationException", "Field " + field + " must be a string.");
    }
    return value.asText();
  }

  /** An optional map of strings ({@code AuthParameters}, {@code Logins}); empty when absent. */
  static Map<String, String> textMap(JsonNode request, String field) {
    JsonNode value = request.get(field);
    Map<String, String> map = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return map;
    }
    if (!value.isObject()) {
      throw AwsErrorException.cognito(
          "SerializationException", "Field " + field + " must be a map of strings.");
    }
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      if (!e.getValue().isTextual()) {
        throw AwsErrorException.cognito(
            "SerializationException", "Field " + field + "." + e.getKey() + " must be a string.");
      }
      map.put(e.getKey(), e.getValue().asText());
    }
    return map;
  }
}
