package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cogsh.human.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one HTTP handler: reads the request (bodies are capped), routes it, turns every failure into
 * an AWS-shaped answer (never a dropped connection), and writes the reply, later when the request
 * asked for a delay ({@code x-cogsh-sandbox-delay-ms}).
 *
 * <p>Routes: {@code POST /} Cognito (both services); {@code GET /<poolId>/.well-known/jwks.json};
 * {@code /<stage>/…} the API; {@code /lambda/…} a function URL; {@code POST /graphql} AppSync;
 * {@code /_sandbox/…} test hooks; anything else is API Gateway's "Missing Authentication Token".
 */
final class Router implements HttpHandler {
  static final int MAX_BODY = 1 << 20;
  static final long MAX_DRAIN = 16L << 20;
  static final long MAX_DELAY_MS = 120_000;

  private final SandboxIds ids;
  private final CognitoService cognito;
  private final ApiGateway api;
  private final JwtKeys keys;
  private final Stats stats;
  private final Connections connections = new Connections();
  private final Messages messages;
  private final Faults faults;
  private final RandomIds random;
  private final ScheduledExecutorService delayer;
  private final Consumer<String> log;
  private volatile StsService sts;
  private volatile LambdaUrl lambdaUrl;
  private volatile AppSync appSync;
  private volatile Cors cors = new Cors(CorsSettings.DEFAULTS);
  private volatile StartGate startWork;
  private final ManagedLogin managedLogin;
  private final long maxDelayMillis;
  private final HookGuard hookGuard;

  Router(
      SandboxIds ids,
      CognitoService cognito,
      ApiGateway api,
      JwtKeys keys,
      Stats stats,
      Messages messages,
      Faults faults,
      RandomIds random,
      ScheduledExecutorService delayer,
      Consumer<String> log,
      ManagedLogin managedLogin,
      long maxDelayMillis,
      HookGuard hookGuard) {
    this.ids = ids;
    this.cognito = cognito;
    this.api = api;
    this.keys = keys;
    this.stats = stats;
    this.messages = messages;
    this.faults = faults;
    this.random = random;
    this.delayer = delayer;
    this.log = log;
    this.maxDelayMillis = maxDelayMillis;
    this.hookGuard = hookGuard;
    this.managedLogin = managedLogin;
  }

  /** Also answers STS's query protocol at {@code /} (GetCallerIdentity); set before starting. */
  Router sts(StsService value) {
    this.sts = value;
    return this;
  }

  /**
   * Also answers the Lambda function URL ({@code /lambda/…}) and AppSync ({@code POST /graphql}).
   */
  Router iamServices(LambdaUrl lambda, AppSync graphql) {
    this.lambdaUrl = lambda;
    this.appSync = graphql;
    return this;
  }

  /** The sandbox's held start-up work, let go by the first request; set before starting. */
  Router startWork(StartGate gate) {
    this.startWork = gate;
    return this;
  }

  /** The CORS answers of the API and of Cognito ({@code --cors-origin}); set before starting. */
  Router cors(Cors value) {
    this.cors = value;
    return this;
  }

  @Override
  public void handle(HttpExchange exchange) {
    long started = System.nanoTime();
    StartGate gate = startWork;
    if (gate != null) {
      gate.open(); // a request may need the signing key or a verifier: their work must have begun
    }
    Reply reply;
    Request request = null;
    try {
      request = read(exchange);
      if (request != null && !request.rawPath().startsWith("/_sandbox/")) {
        connections.saw(
            Connections.endpoint(request.header("x-amz-target"), request.rawPath(), ids.stage()),
            exchange.getRemoteAddress());
      }
      reply = request == null ? tooLarge() : route(request);
    } catch (AwsErrorException e) {
      reply = e.reply();
    } catch (NotesApi.BadRequest e) {
      reply = e.reply();
    } catch (UncheckedIOException e) {
      reply = internal(e);
    } catch (RuntimeException e) {
      reply = internal(e);
    }
    reply =
        cors.decorate(
            exchange.getRequestURI().getRawPath(),
            ids.stage(),
            exchange.getRequestHeaders().getFirst("Origin"),
            reply);
    reply = reply.withHeader("x-amzn-RequestId", random.uuid());
    long delay = request == null ? 0 : delayMillis(request);
    Reply answer = reply;
    String method = exchange.getRequestMethod();
    if (log != null) {
      log.accept(
          method
              + " "
              + exchange.getRequestURI().getRawPath()
              + " "
              + (request == null ? "" : operation(request))
              + "→ "
              + reply.status()
              + " ("
              + Durations.format(Duration.ofNanos(System.nanoTime() - started))
              + ")");
    }
    if (delay > 0) {
      delayer.schedule(() -> send(exchange, method, answer), delay, TimeUnit.MILLISECONDS);
    } else {
      send(exchange, method, answer);
    }
  }

  private Reply route(Request request) {
    String path = request.rawPath();
    String stage = "/" + ids.stage();
    if (path.equals(stage) || path.startsWith(stage + "/")) {
      return api.handle(request);
    }
    if (path.equals("/") && sts != null && StsService.isStsCall(request)) {
      return sts.handle(request);
    }
    if (path.equals("/") && request.method().equals("POST")) {
      return cognito.handle(request);
    }
    if (path.equals("/") && Cors.isPreflight(request)) {
      return Cors.cognitoPreflight(request);
    }
    if (path.startsWith("/_sandbox/")) {
      return hook(request);
    }
    if (Cors.isOauthFetch(path) && Cors.isPreflight(request)) {
      return Cors.oauthPreflight(request);
    }
    if (lambdaUrl != null && LambdaUrl.owns(path)) {
      return lambdaUrl.handle(request);
    }
    if (appSync != null && path.equals(AppSync.PATH)) {
      return appSync.handle(request);
    }
    if (path.equals("/" + ids.userPoolId() + "/.well-known/jwks.json")
        && request.method().equals("GET")) {
      return Reply.json(200, Reply.JSON, keys.jwks());
    }
    Reply managed = managedLogin.handle(request); // /oauth2/…, /login, /logout, discovery
    if (managed != null) {
      return managed;
    }
    throw ApiGateway.missingToken();
  }

  private Reply hook(Request request) {
    hookGuard.check(request);
    String route = request.method() + " " + request.rawPath();
    return switch (route) {
      case "GET /_sandbox/messages" -> Reply.json(200, Reply.JSON, messages.toJson());
      case "GET /_sandbox/stats" -> Reply.json(200, Reply.JSON, stats.toJson());
      case "GET /_sandbox/connections" -> Reply.json(200, Reply.JSON, connections.toJson());
      case "POST /_sandbox/faults" -> {
        JsonNode body = Json.parseOrNull(request.body());
        if (body == null || !body.isObject()) {
          throw AwsErrorException.gateway(
              400, "BadRequestException", "expected {\"status\":503,\"times\":1}");
        }
        yield Reply.json(200, Reply.JSON, faults.arm(body));
      }
      default ->
          throw AwsErrorException.gateway(
              404,
              "NotFoundException",
              "No such test hook: "
                  + route
                  + " (GET /_sandbox/messages, GET /_sandbox/stats, POST /_sandbox/faults)");
    };
  }

  /**
   * The request, or {@code null} when its body is over the cap. An oversized body is read and
   * dropped (up to {@link #MAX_DRAIN}) before the 413 goes out, so that the client, still writing,
   * does not get a reset instead of the answer.
   */
  private static Request read(HttpExchange exchange) {
    byte[] body;
    // not closed on failure: closing drains the rest of the body, and a client that sent a broken
    // chunk and waits for the answer would hold us there (the request timeout ends the connection)
    InputStream in = exchange.getRequestBody();
    try {
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      if (length != null && declared(length) > MAX_BODY) {
        drain(in);
        return null;
      }
      body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        drain(in);
        return null;
      }
    } catch (IOException e) {
      // a broken chunked body or a client that stopped half-way: the request is bad, not us
      throw AwsErrorException.gateway(
          400, "BadRequestException", "The request body could not be read: " + e.getMessage());
    }
    return new Request(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        exchange.getRequestHeaders(),
        body);
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = MAX_DRAIN;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  private static long declared(String length) {
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1; // the server itself refuses a malformed length before we see it
    }
  }

  private static String operation(Request request) {
    String target = request.header("x-amz-target");
    return target == null ? "" : target.substring(target.lastIndexOf('.') + 1) + " ";
  }

  private long delayMillis(Request request) {
    String value = request.header("x-cogsh-sandbox-delay-ms");
    if (value == null) {
      return 0;
    }
    try {
      return Math.max(0, Math.min(maxDelayMillis, Long.parseLong(value.trim())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Reply tooLarge() {
    return AwsErrorException.gateway(
            413, "RequestTooLongException", "Request Too Long (the sandbox takes up to 1 MiB)")
        .reply();
  }

  private static Reply internal(Exception e) {
    return new AwsErrorException(
            500,
            "InternalErrorException",
            "The sandbox failed: " + e.getClass().getSimpleName(),
            AwsErrorException.Shape.JSON_1_1)
        .reply();
  }

  private static void send(HttpExchange exchange, String method, Reply reply) {
    try {
      for (Map.Entry<String, String> h : reply.headers().entrySet()) {
        exchange.getResponseHeaders().set(h.getKey(), h.getValue());
      }
      boolean noBody = reply.body().length == 0 || method.equals("HEAD");
      exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(reply.body());
        }
      }
    } catch (IOException e) {
      // the client went away; nothing to answer
    } finally {
      exchange.close();
    }
  }
}
