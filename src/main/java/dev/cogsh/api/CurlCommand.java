package dev.cogsh.api;

import dev.cogsh.human.Durations;
import dev.cogsh.sigv4.CanonicalFingerprint;
import dev.cogsh.sigv4.Header;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A bash curl command that sends a signed request exactly as cogsh sends it: method, wire URL,
 * headers in order, body bytes via {@code --data-binary}. It carries live credentials (the session
 * token and a signature API Gateway accepts for 5 minutes); the first comment line says so.
 *
 * @param command the command text, comment lines first
 * @param validUntil when API Gateway stops accepting the signature ({@code X-Amz-Date} + 5 min);
 *     null for a request that is not signed (a token lives as long as the token)
 */
public record CurlCommand(String command, Instant validUntil) {

  /** How long API Gateway accepts a signature after its date. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  /**
   * The comment line that carries the canonical request's fingerprint, for {@code cogsh verify}.
   */
  public static final String FINGERPRINT_PREFIX = "# cogsh-canonical: ";

  /** The command for a signed request. */
  static CurlCommand of(SignedRequest signed, boolean http2) {
    FrozenRequest w = signed.frozen();
    Instant until = signed.signed() ? signed.signedAt().plus(WINDOW) : null;
    StringBuilder out = new StringBuilder(1024);
    if (signed.signed()) {
      out.append("# contains live credentials (session token, signature): valid until ")
          .append(until)
          .append(" (X-Amz-Date + ")
          .append(Durations.format(WINDOW))
          .append("); do not share it\n");
      out.append(FINGERPRINT_PREFIX)
          .append(CanonicalFingerprint.of(signed.trace().canonicalRequest()))
          .append('\n');
    } else {
      out.append("# ")
          .append(signed.authorization().mode())
          .append(": not signed; contains the live token or API key as sent: do not share it\n");
    }
    out.append("curl ").append(http2 ? "--http2" : "--http1.1");
    String path = w.uri().getRawPath() == null ? "" : w.uri().getRawPath();
    if (path.contains("/./")
        || path.contains("/../")
        || path.endsWith("/.")
        || path.endsWith("/..")) {
      out.append(" --path-as-is");
    }
    String method = w.method();
    byte[] body = w.body();
    if (method.equals("HEAD")) {
      out.append(" --head");
    } else if (!(method.equals("GET") && body.length == 0)
        && !(method.equals("POST") && body.length > 0)) {
      out.append(" -X ").append(method);
    }
    out.append(' ').append(quote(w.uri().toString()));
    for (Header h : w.headers()) {
      if (!h.name().equalsIgnoreCase("host") && !h.name().equalsIgnoreCase("content-length")) {
        out.append(" \\\n  -H ").append(quote(h.name() + ": " + h.value()));
      }
    }
    if (body.length > 0) {
      if (w.header("content-type").isEmpty()) {
        out.append(" \\\n  -H ").append(quote("Content-Type:")); // curl would add a form type
      }
      out.append(" \\\n  --data-binary ").append(data(body));
    }
    return new CurlCommand(out.append('\n').toString(), until);
  }

  /** Single-quoted for bash: {@code it's} → {@code 'it'\''s'}. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /** Text bodies single-quoted; anything else decoded from base64 at run time (exact bytes). */
  private static String data(byte[] body) {
    String text = utf8(body);
    if (text != null && printable(text)) {
      return quote(text);
    }
    return "@<(base64 -d <<< " + quote(Base64.getEncoder().encodeToString(body)) + ")";
  }

  private static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Seconds left at {@code now}, for the shell ("valid for 4 min 12 s"); null when not signed. */
  public Duration validFor(Instant now) {
    if (validUntil == null) {
      return null;
    }
    Duration left = Duration.between(now, validUntil);
    return left.isNegative() ? Duration.ZERO : left;
  }

  @Override
  public String toString() {
    return command;
  }
}
