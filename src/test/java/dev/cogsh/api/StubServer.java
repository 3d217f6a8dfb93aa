package dev.cogsh.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cogsh.sigv4.AuthorizationHeader;
import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.Signatures;
import dev.cogsh.sigv4.SigningKey;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.StringToSign;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A loopback HTTP server that records requests and answers from a script (then 200 {"ok":true}).
 */
public final class StubServer implements AutoCloseable {

  /** A request as the server received it. */
  public record Received(
      String method, String rawPath, String rawQuery, List<Header> headers, byte[] body) {
    /** Every value of a header (any case). */
    public List<String> all(String name) {
      return headers.stream()
          .filter(h -> h.name().equalsIgnoreCase(name))
          .map(Header::value)
          .toList();
    }

    public String header(String name) {
      List<String> values = all(name);
      return values.isEmpty() ? null : values.get(0);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** An answer. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {
    public static Reply of(int status, String body, String... headerPairs) {
      Map<String, String> h = new LinkedHashMap<>();
      for (int i = 0; i + 1 < headerPairs.length; i += 2) {
        h.put(headerPairs[i], headerPairs[i + 1]);
      }
      return new Reply(status, h, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final HttpServer server;
  private final Deque<Function<Received, Reply>> script = new ArrayDeque<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  private StubServer(HttpServer server) {
    this.server = server;
  }

  public static StubServer start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    StubServer stub = new StubServer(server);
    server.createContext("/", stub::handle);
    server.start();
    return stub;
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public StubServer reply(int status, String body, String... headerPairs) {
    return replyWith(r -> Reply.of(status, body, headerPairs));
  }

  public synchronized StubServer replyWith(Function<Received, Reply> answer) {
    script.add(answer);
    return this;
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  public Received last() {
    List<Received> all = received();
    return all.get(all.size() - 1);
  }

  private void handle(HttpExchange exchange) throws IOException {
    List<Header> headers = new ArrayList<>();
    exchange.getRequestHeaders().forEach((n, vs) -> vs.forEach(v -> headers.add(new Header(n, v))));
    URI uri = exchange.getRequestURI();
    Received r =
        new Received(
            exchange.getRequestMethod(),
            uri.getRawPath(),
            uri.getRawQuery(),
            headers,
            exchange.getRequestBody().readAllBytes());
    received.add(r);
    Function<Received, Reply> next;
    synchronized (this) {
      next = script.poll();
    }
    Reply reply =
        next == null
            ? Reply.of(200, "{\"ok\":true}", "Content-Type", "application/json")
            : next.apply(r);
    reply.headers().forEach((n, v) -> exchange.getResponseHeaders().set(n, v));
    boolean noBody = reply.body().length == 0 || r.method().equals("HEAD");
    exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
    exchange.close();
  }

  /**
   * True when the received request carries a valid signature for this secret (API Gateway's rules).
   */
  static boolean validSignature(Received r, String secretKey, String region) throws Exception {
    AuthorizationHeader auth = AuthorizationHeader.parse(r.header("authorization"));
    CanonicalRequest c =
        CanonicalRequest.of(
            r.method(),
            r.rawPath(),
            r.rawQuery(),
            r.headers(),
            auth.signedHeaders(),
            Signatures.sha256Hex(r.body()),
            SigningOptions.of(region, "execute-api"));
    String sts = StringToSign.of(r.header("x-amz-date"), auth.scope(), c.text());
    byte[] key =
        SigningKey.derive(
            secretKey, auth.scope().date(), auth.scope().region(), auth.scope().service());
    return Signatures.hmacHex(key, sts).equals(auth.signature());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
