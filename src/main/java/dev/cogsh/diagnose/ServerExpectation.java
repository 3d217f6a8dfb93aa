package dev.cogsh.diagnose;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.Redaction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What API Gateway says the signature should have covered, from the body of its 403 {@code
 * InvalidSignatureException}:
 *
 * <pre>
 * The request signature we calculated does not match the signature you provided. …
 *
 * The Canonical String for this request should have been
 * 'POST
 * /int/users
 * …'
 *
 * The String-to-Sign should have been
 * 'AWS4-HMAC-SHA256
 * 20160804T201218Z
 * 20160804/us-east-1/execute-api/aws4_request
 * 20cf…b68c'
 * </pre>
 *
 * <p>The body is usually JSON with the text in {@code message} (escaped), sometimes in another
 * field ({@code error}), sometimes plain multi-line text; each block sits between single quotes
 * after its literal line.
 *
 * @param message the text before the blocks ("The request signature we calculated does not match…")
 * @param canonicalRequest the server's canonical request, {@code '\n'}-separated
 * @param stringToSign the server's string to sign, or null when the body has none
 */
public record ServerExpectation(String message, String canonicalRequest, String stringToSign) {

  /** The line before the canonical request block. */
  public static final String CANONICAL_MARKER =
      "The Canonical String for this request should have been";

  /** The line before the string-to-sign block. */
  public static final String STRING_TO_SIGN_MARKER = "The String-to-Sign should have been";

  /** Lenient where logs are sloppy: raw line breaks inside a string, any character escaped. */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  /** Rejects a missing canonical request. */
  public ServerExpectation {
    Objects.requireNonNull(canonicalRequest, "canonicalRequest");
    message = message == null ? "" : message;
  }

  /**
   * Finds the "should have been" blocks in a response body: a JSON object (any string field) or
   * plain text, escaped or not, with {@code \n} or {@code \r\n} line ends.
   *
   * @return empty when the body carries no canonical string
   */
  public static Optional<ServerExpectation> parse(String body) {
    if (body == null || !body.contains(CANONICAL_MARKER)) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>();
    String trimmed = body.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\"")) {
      candidates.addAll(stringValues(trimmed));
    }
    candidates.add(body);
    for (String candidate : candidates) {
      if (!candidate.contains(CANONICAL_MARKER)) {
        continue;
      }
      String text = candidate.replace("\r\n", "\n");
      if (!text.contains(CANONICAL_MARKER + "\n") && text.contains(CANONICAL_MARKER + "\\n")) {
        text = unescape(text); // copied from a log with the escapes still in it
      }
      Optional<ServerExpectation> found = blocks(text);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Every string value of a JSON text, in order; as many as could be read if it is cut off. */
  private static List<String> stringValues(String json) {
    List<String> out = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          out.add(p.getText());
        }
      }
    } catch (IOException e) {
      // not JSON, or cut off: the raw body is the next candidate
    }
    return out;
  }

  /**
   * JSON escapes ({@code \n}, {@code \"}, {@code \\u0041} …) in plain text undone by reading the
   * text as one JSON string; the text as it is when that fails.
   */
  private static String unescape(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    boolean escaping = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && !escaping) {
        literal.append('\\'); // a bare quote ends a JSON string: escape it
      }
      literal.append(c);
      escaping = c == '\\' && !escaping;
    }
    if (escaping) {
      literal.append('\\'); // a backslash at the very end stands for itself
    }
    try (JsonParser p = JSON.createParser(literal.append('"').toString())) {
      return p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : text;
    } catch (IOException e) {
      return text;
    }
  }

  private static Optional<ServerExpectation> blocks(String text) {
    int marker = text.indexOf(CANONICAL_MARKER);
    int open = text.indexOf('\'', marker + CANONICAL_MARKER.length());
    if (open < 0) {
      return Optional.empty();
    }
    int stsMarker = text.indexOf(STRING_TO_SIGN_MARKER, open);
    int canonicalEnd = text.lastIndexOf('\'', stsMarker < 0 ? text.length() - 1 : stsMarker);
    if (canonicalEnd <= open) {
      return Optional.empty();
    }
    String canonical = text.substring(open + 1, canonicalEnd);
    String stringToSign = null;
    if (stsMarker >= 0) {
      int stsOpen = text.indexOf('\'', stsMarker + STRING_TO_SIGN_MARKER.length());
      int stsClose = text.lastIndexOf('\'');
      if (stsOpen >= 0 && stsClose > stsOpen) {
        stringToSign = text.substring(stsOpen + 1, stsClose);
      }
    }
    return Optional.of(
        new ServerExpectation(text.substring(0, marker).strip(), canonical, stringToSign));
  }

  /**
   * The server's canonical request in parts: method, canonical URI, canonical query, the header
   * lines up to the empty line, signed headers, payload hash. Missing parts are empty.
   */
  public CanonicalRequest canonical() {
    return parseCanonical(canonicalRequest);
  }

  /**
   * Splits a canonical request text into its parts (lenient: missing parts are empty, a header line
   * without {@code :} is a name with an empty value).
   */
  public static CanonicalRequest parseCanonical(String text) {
    String[] lines = text.split("\n", -1);
    int i = 0;
    String method = i < lines.length ? lines[i++] : "";
    String uri = i < lines.length ? lines[i++] : "";
    String query = i < lines.length ? lines[i++] : "";
    List<Header> headers = new ArrayList<>();
    while (i < lines.length && !lines[i].isEmpty()) {
      String line = lines[i++];
      int colon = line.indexOf(':');
      headers.add(
          colon < 0
              ? new Header(line, "")
              : new Header(line.substring(0, colon), line.substring(colon + 1)));
    }
    i++; // the empty line after the headers
    String signed = i < lines.length ? lines[i++] : "";
    String payloadHash = i < lines.length ? String.join("\n", sliceFrom(lines, i)) : "";
    List<String> signedHeaders = signed.isEmpty() ? List.of() : List.of(signed.split(";", -1));
    return new CanonicalRequest(method, uri, query, headers, signedHeaders, payloadHash);
  }

  /** The lines of the server's string to sign; empty when it gave none. */
  public List<String> stringToSignLines() {
    return stringToSign == null ? List.of() : List.of(stringToSign.split("\n", -1));
  }

  private static List<String> sliceFrom(String[] lines, int from) {
    List<String> rest = new ArrayList<>();
    for (int k = from; k < lines.length; k++) {
      rest.add(lines[k]);
    }
    return rest;
  }

  /** The blocks, session tokens masked. */
  @Override
  public String toString() {
    return "ServerExpectation[canonicalRequest="
        + Redaction.sessionTokens(canonicalRequest)
        + ", stringToSign="
        + stringToSign
        + "]";
  }
}
