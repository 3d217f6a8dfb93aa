package dev.cogsh.diagnose;

import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.Redaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request captured elsewhere, as it went on the wire.
 *
 * @param method e.g. {@code POST}
 * @param rawPath the percent-encoded path, {@code /prod/notes}
 * @param rawQuery the query without {@code ?}, or null
 * @param headers every header sent, Host included, in order
 * @param body the exact bytes
 * @param fingerprint cogsh's canonical-request fingerprint from an exported curl command, or null
 * @param notes what the parser assumed (curl's default headers, a body read from a file …)
 */
public record CapturedRequest(
    String method,
    String rawPath,
    String rawQuery,
    List<Header> headers,
    byte[] body,
    String fingerprint,
    List<String> notes) {

  /** Copies the lists; no body is an empty one. */
  public CapturedRequest {
    headers = List.copyOf(headers);
    notes = List.copyOf(notes);
    body = body == null ? new byte[0] : body;
  }

  /**
   * Reads a captured request: a raw HTTP/1.1 request, else a curl command (bash quoting).
   *
   * @param workingDir where a curl {@code --data @FILE} is read from
   * @throws CaptureException when the input is empty or neither
   */
  public static CapturedRequest parse(byte[] input, Path workingDir) throws CaptureException {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new CaptureException(
          "nothing to verify: the input is empty", "pipe a curl command or a raw request in");
    }
    if (RawHttpParser.looksLikeHttp(text)) {
      return RawHttpParser.parse(input);
    }
    return CurlCommandParser.parse(text, workingDir);
  }

  /** Method, target and sizes only: the headers carry the session token. */
  @Override
  public String toString() {
    return "CapturedRequest["
        + method
        + " "
        + rawPath
        + (rawQuery == null ? "" : "?" + Redaction.sessionTokens(rawQuery))
        + ", "
        + headers.size()
        + " headers, "
        + body.length
        + " bytes]";
  }

  /** The first value of a header (any case). */
  Optional<String> header(String name) {
    return headers.stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .map(Header::value)
        .findFirst();
  }

  /** A query parameter's raw value (the first), or empty. */
  Optional<String> queryParameter(String name) {
    if (rawQuery == null) {
      return Optional.empty();
    }
    for (String p : rawQuery.split("&")) {
      int eq = p.indexOf('=');
      if ((eq < 0 ? p : p.substring(0, eq)).equals(name)) {
        return Optional.of(eq < 0 ? "" : p.substring(eq + 1));
      }
    }
    return Optional.empty();
  }

  /** {@code host[:port]} as curl sends it: the port left out when it is the scheme's default. */
  static String hostOf(String scheme, String authority) {
    String s = scheme.toLowerCase(Locale.ROOT);
    int at = authority.lastIndexOf('@');
    String hostPort = at < 0 ? authority : authority.substring(at + 1);
    if (hostPort.endsWith(":443") && s.equals("https")
        || hostPort.endsWith(":80") && s.equals("http")) {
      return hostPort.substring(0, hostPort.lastIndexOf(':'));
    }
    return hostPort;
  }

  static int firstOf(String text, int from, String chars) {
    for (int k = from; k < text.length(); k++) {
      if (chars.indexOf(text.charAt(k)) >= 0) {
        return k;
      }
    }
    return text.length();
  }
}
