package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP answer, built by a handler and written by {@link Sandbox}.
 *
 * @param status the HTTP status
 * @param headers response headers (name → value)
 * @param body the body bytes, empty for none
 */
record Reply(int status, Map<String, String> headers, byte[] body) {

  static final String AMZ_JSON = "application/x-amz-json-1.1";
  static final String JSON = "application/json";

  Reply {
    headers = Map.copyOf(headers);
  }

  /** A JSON body with the given content type. */
  static Reply json(int status, String contentType, JsonNode body) {
    return new Reply(
        status,
        Map.of("Content-Type", contentType),
        Json.write(body).getBytes(StandardCharsets.UTF_8));
  }

  /** A 200 answer of an AWS JSON 1.1 service. */
  static Reply amzJson(JsonNode body) {
    return json(200, AMZ_JSON, body);
  }

  /** A copy with one more header. */
  Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, more, body);
  }

  /** The body as UTF-8 text (tests and logs). */
  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
