package dev.cogsh.api;

import dev.cogsh.sigv4.Header;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Sends a frozen request with {@link HttpClient}, byte for byte. */
final class HttpSend {

  /** Set by HttpClient from the URI and the body; signed as the client sends them. */
  private static final Set<String> CLIENT_SETS = Set.of("host", "content-length");

  /** What came back. */
  record Raw(int status, HttpHeaders headers, byte[] body, Duration elapsed) {}

  private HttpSend() {}

  static Raw send(HttpClient http, FrozenRequest wire, Duration timeout, boolean http2)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(wire.uri())
            .timeout(timeout)
            .version(http2 ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
    for (Header h : wire.headers()) {
      if (!CLIENT_SETS.contains(h.name().toLowerCase(Locale.ROOT))) {
        b.header(h.name(), h.value());
      }
    }
    byte[] body = wire.body();
    b.method(
        wire.method(),
        body.length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    long start = System.nanoTime();
    HttpResponse<byte[]> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          "HttpClient refused the request: " + e.getMessage(),
          "check the header names and values (no line breaks, no Host or Connection)",
          e);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Raw(r.statusCode(), r.headers(), r.body() == null ? new byte[0] : r.body(), elapsed);
  }
}
