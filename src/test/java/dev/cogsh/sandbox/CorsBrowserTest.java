package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SigV4Signer;
import dev.cogsh.sigv4.SignableRequest;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.SigningTrace;
import dev.cogsh.testing.HeadlessChromium;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * A real browser on another origin (issue 18 item 3): headless Chromium loads a page from a second
 * loopback server, and the page's {@code fetch()} calls the sandbox's API with a SigV4-signed
 * request (signed here, headers handed to the page) and its Cognito endpoint. Chromium enforces
 * CORS, so an answer reaching the page means it was accepted; a sandbox whose {@code --cors-origin}
 * names another origin, and the test hooks, are refused. Skipped, with the reason printed, where
 * chromium or chromedriver is missing.
 */
class CorsBrowserTest {
  private static final String FETCH =
      "const [url, init, done] = arguments;"
          + "(async () => {"
          + "  try {"
          + "    const r = await fetch(url, init);"
          + "    done({ok: true, status: r.status, body: await r.text()});"
          + "  } catch (e) { done({ok: false, failure: String(e)}); }"
          + "})();";

  @Test
  void aPageOfAnotherOrigin_callsTheSignedApiAndCognito_butNotWhatItMayNot() throws Exception {
    var missing = HeadlessChromium.missing();
    if (missing.isPresent()) {
      System.out.println("CorsBrowserTest skipped: " + missing.get());
      Assumptions.abort(missing.get());
    }
    Path target = Path.of("target");
    Files.createDirectories(target);
    HttpServer page = pageServer();
    try (SandboxClients open = sandbox(SandboxOptions.builder());
        SandboxClients closed = sandbox(SandboxOptions.builder().corsOrigin("http://localhost:9"));
        HeadlessChromium chromium = HeadlessChromium.start(target)) {
      URI origin = URI.create("http://127.0.0.1:" + page.getAddress().getPort());
      chromium.navigate(origin.resolve("/page"));
      assertThat(chromium.bodyText()).contains("another origin");
      Credentials creds = signIn(open);

      JsonNode created =
          fetch(
              chromium,
              signed(open, "POST", "/prod/notes", "{\"content\":\"from a page\"}", creds));
      assertThat(created.path("ok").asBoolean()).as(created.toString()).isTrue();
      assertThat(created.path("status").asInt()).isEqualTo(200);

      JsonNode listed = fetch(chromium, signed(open, "GET", "/prod/notes", "", creds));
      assertThat(listed.path("ok").asBoolean()).as(listed.toString()).isTrue();
      assertThat(listed.path("body").asText()).contains("from a page");

      JsonNode denied = fetch(chromium, unsigned(open.sandbox.endpoint() + "/prod/notes"));
      assertThat(denied.path("ok").asBoolean()).as("a 403 is readable too").isTrue();
      assertThat(denied.path("status").asInt()).isEqualTo(403);
      assertThat(denied.path("body").asText()).contains("Missing Authentication Token");

      JsonNode cognito = fetch(chromium, getId(open));
      assertThat(cognito.path("ok").asBoolean()).as(cognito.toString()).isTrue();
      assertThat(cognito.path("body").asText()).contains("IdentityId");

      JsonNode hooks = fetch(chromium, hooksFetch(open));
      assertThat(hooks.path("ok").asBoolean()).as("the test hooks: " + hooks).isFalse();

      JsonNode withSha256 =
          fetch(chromium, sdkSigned(open, "POST", "/prod/notes", "{\"content\":\"x\"}", creds));
      assertThat(withSha256.path("ok").asBoolean())
          .as("x-amz-content-sha256 is not in the console's allowed headers: " + withSha256)
          .isFalse();

      JsonNode elsewhere =
          fetch(chromium, signed(closed, "GET", "/prod/notes", "", signIn(closed)));
      assertThat(elsewhere.path("ok").asBoolean())
          .as("--cors-origin elsewhere: " + elsewhere)
          .isFalse();
      assertThat(elsewhere.path("failure").asText()).contains("Failed to fetch");
    } finally {
      page.stop(0);
    }
  }

  private static SandboxClients sandbox(SandboxOptions.Builder options) throws Exception {
    return new SandboxClients(Sandbox.start(options.build()), Clock.systemUTC());
  }

  private static Credentials signIn(SandboxClients clients) throws Exception {
    return clients.credentials(
        clients.signInSrp(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD).idToken());
  }

  /** A page on its own loopback port: another origin than the sandbox's. */
  private static HttpServer pageServer() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/page",
        exchange -> {
          byte[] html =
              "<!doctype html><title>app</title><p>a page of another origin</p>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, html.length);
          exchange.getResponseBody().write(html);
          exchange.close();
        });
    server.start();
    return server;
  }

  /** A fetch call: the URL and the init object. */
  private record Call(String url, Map<String, Object> init) {}

  private static JsonNode fetch(HeadlessChromium chromium, Call call) throws Exception {
    return chromium.executeAsync(FETCH, call.url(), call.init());
  }

  /**
   * Signed here by cogsh's signer as a browser SDK signs (no {@code x-amz-content-sha256}); the
   * browser sets Host itself, to the signed value.
   */
  private static Call signed(
      SandboxClients clients, String method, String path, String body, Credentials creds) {
    SignableRequest request =
        SignableRequest.of(method, URI.create(clients.sandbox.endpoint() + path))
            .withBody(body.getBytes(StandardCharsets.UTF_8));
    if (!body.isEmpty()) {
      request = request.withHeader("Content-Type", "application/json");
    }
    SigningTrace trace =
        new SigV4Signer()
            .sign(
                request,
                new SigningCredentials(
                    creds.accessKeyId(), creds.secretKey(), creds.sessionToken()),
                SigningOptions.of("us-east-1", "execute-api"),
                Instant.now());
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header h : trace.headersToSend()) {
      headers.put(h.name(), h.value());
    }
    return call(trace.url().toString(), method, headers, body);
  }

  /** Signed by the AWS SDK's signer, which also signs {@code x-amz-content-sha256}. */
  private static Call sdkSigned(
      SandboxClients clients, String method, String path, String body, Credentials creds) {
    SdkSigning.Wire wire =
        SdkSigning.sign(
            method,
            URI.create(clients.sandbox.endpoint() + path),
            body.isEmpty() ? Map.of() : Map.of("Content-Type", "application/json"),
            body.getBytes(StandardCharsets.UTF_8),
            creds,
            Instant.now());
    Map<String, String> headers = new LinkedHashMap<>();
    for (String[] h : wire.headers()) {
      headers.put(h[0], h[1]);
    }
    return call(wire.url().toString(), method, headers, body);
  }

  private static Call call(String url, String method, Map<String, String> headers, String body) {
    headers.keySet().removeIf(name -> name.equalsIgnoreCase("host"));
    Map<String, Object> init = new LinkedHashMap<>();
    init.put("method", method);
    init.put("headers", headers);
    if (!body.isEmpty()) {
      init.put("body", body);
    }
    return new Call(url, init);
  }

  private static Call unsigned(String url) {
    return new Call(url, Map.of("method", "GET"));
  }

  /** Cognito Identity's GetId as Amplify sends it. */
  private static Call getId(SandboxClients clients) {
    return new Call(
        clients.sandbox.endpoint() + "/",
        Map.of(
            "method",
            "POST",
            "headers",
            Map.of(
                "Content-Type", "application/x-amz-json-1.1",
                "X-Amz-Target", "AWSCognitoIdentityService.GetId",
                "X-Amz-User-Agent", "aws-amplify/6.0.0 framework/1"),
            "body",
            "{\"IdentityPoolId\":\"" + clients.config.identityPoolId() + "\"}"));
  }

  private static Call hooksFetch(SandboxClients clients) {
    return new Call(
        clients.sandbox.endpoint() + "/_sandbox/stats",
        Map.of(
            "method",
            "GET",
            "headers",
            Map.of(HookGuard.TOKEN_HEADER, clients.sandbox.hookToken())));
  }
}
