package dev.cogsh.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.cogsh.sigv4.SigningTrace;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP response and the signed request it answers. Error statuses are returned, not thrown
 * (unless {@link ApiOptions#throwOnError()}); {@link #orThrow()} throws on demand.
 *
 * <p>{@code toString()} is what the shell shows: status line, method and path, timing, notes
 * (retries, clock skew, warnings), the body (pretty JSON, text, or a summary of binary data; long
 * bodies truncated), and for a signature or IAM error a one-line diagnosis.
 */
public final class Response {

  private final SignedRequest request;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;
  private final Duration elapsed;
  private final int attempt;
  private final Response previous;
  private final List<String> notes;
  private final Context context;

  /** What a response needs from the session that made it. */
  record Context(
      ObjectMapper json,
      int displayChars,
      String identity,
      String apiOrigin,
      Diagnostician diagnostician) {}

  Response(
      SignedRequest request,
      Transport.Answer raw,
      int attempt,
      Response previous,
      List<String> notes,
      Context context) {
    this.request = request;
    this.status = raw.status();
    this.headers = raw.headers();
    this.body = raw.body();
    this.elapsed = raw.elapsed();
    this.attempt = attempt;
    this.previous = previous;
    this.notes = List.copyOf(notes);
    this.context = context;
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** True for 2xx. */
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** {@code 403 Forbidden}. */
  public String statusLine() {
    return StatusText.of(status);
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of a header (any case), or null. */
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** A copy of the body bytes. */
  public byte[] bytes() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as a JSON tree. */
  public JsonNode json() {
    try {
      return context.json().readTree(body);
    } catch (IOException e) {
      throw new ApiException(
          "the body is not JSON (" + contentType().orElse("no content type") + "): " + firstLine(e),
          "use text() or bytes()",
          this,
          e);
    }
  }

  /**
   * The JSON body bound to a type: {@code r.as(Note.class)}. Properties the type does not declare
   * are ignored, so an API that adds a field does not break the scripts that map its answers; use
   * {@link #asStrict(Class)} to insist on every field.
   */
  public <T> T as(Class<T> type) {
    return bind(type, false);
  }

  /** Like {@link #as(Class)}, but a property the type does not declare is an error. */
  public <T> T asStrict(Class<T> type) {
    return bind(type, true);
  }

  private <T> T bind(Class<T> type, boolean strict) {
    ObjectReader reader = context.json().readerFor(type);
    reader =
        strict
            ? reader.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            : reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      return reader.readValue(body);
    } catch (IOException e) {
      throw new ApiException(
          "the body does not bind to " + type.getSimpleName() + ": " + firstLine(e),
          strict
              ? "use as(" + type.getSimpleName() + ".class) to ignore extra fields, or json()"
              : "compare the JSON (r.json()) with the type's fields, or use json()",
          this,
          e);
    }
  }

  /** The Content-Type, if any. */
  public Optional<String> contentType() {
    return headers.firstValue("content-type");
  }

  /** Time from sending to the whole body, for this attempt. */
  public Duration elapsed() {
    return elapsed;
  }

  /** The request as sent, with the trace of its signature. */
  public SignedRequest request() {
    return request;
  }

  /** Shortcut for {@code request().trace()}. */
  public SigningTrace trace() {
    return request.trace();
  }

  /** 1 for the first attempt; more after retries or a clock-skew re-sign. */
  public int attempt() {
    return attempt;
  }

  /** The response of the attempt before this one, or null. */
  public Response previous() {
    return previous;
  }

  /** What happened on the way: retries, clock skew, warnings about the request. */
  public List<String> notes() {
    return notes;
  }

  /** What the response says about the signature or the permission, if anything. */
  public Finding diagnosis() {
    return context.diagnostician().diagnose(this, context.identity());
  }

  /** This response if 2xx; else an {@link ApiException} whose hint is the diagnosis. */
  public Response orThrow() {
    if (ok()) {
      return this;
    }
    Finding d = diagnosis();
    String message =
        statusLine() + "  " + request.method() + " " + shownTarget() + ": " + errorMessage();
    throw new ApiException(
        message, d.summary() != null ? d.summary() : "see the response body", this, null);
  }

  /**
   * The message of an AWS error body ({@code message}/{@code Message}), else the start of the text.
   */
  public String errorMessage() {
    try {
      JsonNode n = context.json().readTree(body);
      for (String field : List.of("message", "Message", "error", "errorMessage")) {
        if (n != null && n.path(field).isTextual()) {
          return n.path(field).asText().split("\n", 2)[0];
        }
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: fall through to the text
    }
    String t = text().strip();
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }

  /** The path (and query) when the host is the configured one, else the full URL. */
  public String shownTarget() {
    String origin = request.uri().getScheme() + "://" + request.uri().getRawAuthority();
    return origin.equals(context.apiOrigin())
        ? request.frozen().target()
        : request.uri().toString();
  }

  Context context() {
    return context;
  }

  @Override
  public String toString() {
    return ResponseText.of(this);
  }

  private static String firstLine(Exception e) {
    String m =
        e instanceof JsonProcessingException j
            ? j.getOriginalMessage()
            : String.valueOf(e.getMessage());
    return m.split("\n", 2)[0];
  }
}
