package dev.cogsh.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SigningTrace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of {@code cogsh sign} (DESIGN §3.2). Input line: {@code {"method","url",
 * "headers":[["name","value"],…],"body","accessKey","secretKey","sessionToken","region","service",
 * "date","presign"}}; result: {@code {"canonicalRequest","stringToSign","signature",
 * "authorization","signedHeaders","headers":[[…]],"url"}}; a failed line: {@code
 * {"line":N,"error":"…"}}.
 */
final class SignJson {

  private static final List<String> FIELDS =
      List.of(
          "method",
          "url",
          "headers",
          "body",
          "accessKey",
          "secretKey",
          "sessionToken",
          "region",
          "service",
          "date",
          "presign");

  /**
   * Built at first use, not with the command: picocli builds every subcommand at start, and an
   * {@code ObjectMapper} would load and initialise Jackson on every start-up of every command.
   */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  /** One {@code --jsonl} line as an input; anything not given stays null. */
  SignInput input(String line) throws SignException {
    JsonNode node;
    try {
      node = Mapper.JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new SignException(
          "not JSON (" + e.getOriginalMessage() + ")", "write one JSON object per line");
    }
    if (node == null || !node.isObject()) {
      throw new SignException("not a JSON object", "write one JSON object per line");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new SignException(
            "unknown field '" + name + "'", "the fields are " + String.join(", ", FIELDS));
      }
    }
    String body = text(node, "body");
    return new SignInput(
        text(node, "method"),
        text(node, "url"),
        headers(node.get("headers")),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        text(node, "accessKey"),
        text(node, "secretKey"),
        text(node, "sessionToken"),
        text(node, "region"),
        text(node, "service"),
        text(node, "date"),
        presign(node.get("presign")));
  }

  /** The result object of one signing. */
  ObjectNode result(SigningTrace trace) {
    ObjectNode out = Mapper.JSON.createObjectNode();
    out.put("canonicalRequest", trace.canonicalRequestText());
    out.put("stringToSign", trace.stringToSign());
    out.put("signature", trace.signature());
    out.put("authorization", trace.authorization());
    out.put("signedHeaders", String.join(";", trace.signedHeaders()));
    ArrayNode headers = out.putArray("headers");
    for (Header h : trace.headersToSend()) {
      headers.addArray().add(h.name()).add(h.value());
    }
    out.put("url", trace.url().toString());
    return out;
  }

  /** The object written for a line that could not be signed. */
  ObjectNode error(int line, String message) {
    ObjectNode out = Mapper.JSON.createObjectNode();
    out.put("line", line);
    out.put("error", message);
    return out;
  }

  /** Compact, one line. */
  String write(JsonNode node) {
    try {
      return Mapper.JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }

  /** Indented, for {@code --json}. */
  String writePretty(JsonNode node) {
    try {
      return Mapper.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }

  private static String text(JsonNode node, String field) throws SignException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new SignException("\"" + field + "\" is not a string", "quote its value");
    }
    return value.asText();
  }

  private static Long presign(JsonNode value) throws SignException {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      throw new SignException("\"presign\" is not a whole number", "give seconds, e.g. 900");
    }
    return value.asLong();
  }

  private static List<Header> headers(JsonNode value) throws SignException {
    if (value == null || value.isNull()) {
      return null;
    }
    List<Header> headers = new ArrayList<>();
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        headers.add(pair(e.getKey(), e.getValue()));
      }
      return headers;
    }
    if (!value.isArray()) {
      throw new SignException("\"headers\" is not a list", "write it as [[\"Name\",\"value\"], …]");
    }
    for (JsonNode pair : value) {
      if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual()) {
        throw new SignException(
            "malformed header " + pair, "write each header as [\"Name\",\"value\"]");
      }
      headers.add(pair(pair.get(0).asText(), pair.get(1)));
    }
    return headers;
  }

  private static Header pair(String name, JsonNode value) throws SignException {
    if (!SignJob.isToken(name)) {
      throw new SignException(
          "malformed header name '" + name + "'", "use a name such as Content-Type");
    }
    if (!value.isTextual()) {
      throw new SignException(
          "the value of header '" + name + "' is not a string", "quote the header value");
    }
    return new Header(name, value.asText().strip());
  }
}
