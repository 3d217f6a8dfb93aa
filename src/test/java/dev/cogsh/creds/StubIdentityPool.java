package dev.cogsh.creds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback {@code cognito-identity} that speaks the JSON 1.1 wire protocol: {@code GetId} and
 * {@code GetCredentialsForIdentity} answered from a clock and a TTL, with the {@code Expiration}
 * written exactly as a test asks (integer, decimal, exponent), and scripted AWS errors.
 */
final class StubIdentityPool implements AutoCloseable {

  static final String IDENTITY_ID = "us-east-1:5f0c9a1e-aaaa-bbbb-cccc-ddddeeeeffff";
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final Map<String, Deque<String[]>> errors = new ConcurrentHashMap<>();
  private final HttpServer server;
  private final Clock clock;
  private volatile Duration ttl = Duration.ofHours(1);
  private volatile String expirationFormat = "%d.0";
  private volatile java.util.concurrent.CountDownLatch gate;
  private final AtomicInteger keys = new AtomicInteger();

  StubIdentityPool(Clock clock) throws IOException {
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** How {@code Expiration} is written; {@code %d} is the epoch second. */
  StubIdentityPool expirationFormat(String format) {
    this.expirationFormat = format;
    return this;
  }

  StubIdentityPool ttl(Duration value) {
    this.ttl = value;
    return this;
  }

  /** Holds every GetCredentialsForIdentity answer until {@link #release()}. */
  StubIdentityPool hold() {
    this.gate = new java.util.concurrent.CountDownLatch(1);
    return this;
  }

  /** Lets held answers go. */
  void release() {
    java.util.concurrent.CountDownLatch g = gate;
    if (g != null) {
      g.countDown();
    }
  }

  /** The next call of {@code operation} fails with this AWS error. */
  StubIdentityPool fail(String operation, String type, String message) {
    errors.computeIfAbsent(operation, k -> new ArrayDeque<>()).add(new String[] {type, message});
    return this;
  }

  int count(String operation) {
    AtomicInteger n = counts.get(operation);
    return n == null ? 0 : n.get();
  }

  List<JsonNode> requests(String operation) {
    return requests.stream()
        .filter(r -> r.path("_op").asText().equals(operation))
        .collect(java.util.stream.Collectors.toList());
  }

  private void handle(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("_op", operation);
    ((com.fasterxml.jackson.databind.node.ObjectNode) body)
        .put(
            "_authorization",
            String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    requests.add(body);
    counts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    Deque<String[]> queue = errors.getOrDefault(operation, new ArrayDeque<>());
    String[] error;
    synchronized (queue) {
      error = queue.poll();
    }
    if (error != null) {
      send(
          exchange,
          400,
          error[0],
          "{\"__type\":\""
              + error[0]
              + "\",\"message\":\""
              + error[1].replace("\"", "\\\"")
              + "\"}");
      return;
    }
    switch (operation) {
      case "GetId" -> send(exchange, 200, null, "{\"IdentityId\":\"" + IDENTITY_ID + "\"}");
      case "GetCredentialsForIdentity" -> {
        java.util.concurrent.CountDownLatch g = gate;
        if (g != null) {
          try {
            g.await(30, java.util.concurrent.TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        long expiration = clock.instant().plus(ttl).getEpochSecond();
        int n = keys.incrementAndGet();
        String json =
            "{\"Credentials\":{\"AccessKeyId\":\"ASIAEXAMPLE"
                + String.format("%09d", n)
                + "\",\"Expiration\":"
                + String.format(expirationFormat, expiration)
                + ",\"SecretKey\":\"secretKeyValue"
                + n
                + "/abcdefghijklmnop\",\"SessionToken\":\"IQoJb3JpZ2luX2VjE"
                + n
                + "sessionTokenValue\"},\"IdentityId\":\""
                + body.path("IdentityId").asText()
                + "\"}";
        send(exchange, 200, null, json);
      }
      default -> send(exchange, 400, "UnknownOperationException", "{}");
    }
  }

  private static void send(HttpExchange exchange, int status, String errorType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
    if (errorType != null) {
      exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
    }
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
