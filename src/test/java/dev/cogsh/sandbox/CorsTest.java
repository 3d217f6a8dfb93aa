package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CORS on the wire (issue 18 item 3): the API answers preflights and every answer as a REST API
 * after "Enable CORS" with the 4XX and 5XX gateway responses; Cognito answers any origin; the test
 * hooks answer none. {@link CorsBrowserTest} checks that a real browser accepts these answers.
 */
class CorsTest {
  static final String PAGE = "http://localhost:3000";
  static SignedInSandbox sandbox;
  static URI base;

  @BeforeAll
  static void start() throws Exception {
    sandbox = SignedInSandbox.start(new MutableClock(Instant.now()));
    base = sandbox.base;
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static RawHttp.Response preflight(String path, String method, String headers)
      throws Exception {
    List<String[]> h = new ArrayList<>();
    h.add(new String[] {"Origin", PAGE});
    h.add(new String[] {"Access-Control-Request-Method", method});
    if (headers != null) {
      h.add(new String[] {"Access-Control-Request-Headers", headers});
    }
    return RawHttp.send(base, "OPTIONS", path, h, new byte[0]);
  }

  @Test
  void apiPreflight_answersTheResourcesMethods_andTheConsolesDefaultHeaders() throws Exception {
    RawHttp.Response notes = preflight("/prod/notes", "GET", "authorization,x-amz-date");
    assertThat(notes.status()).isEqualTo(200);
    assertThat(notes.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(notes.header("Access-Control-Allow-Methods")).isEqualTo("GET,OPTIONS,POST");
    assertThat(notes.header("Access-Control-Allow-Headers"))
        .isEqualTo("Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token");
    assertThat(notes.header("Access-Control-Max-Age")).as("the console sets none").isNull();

    assertThat(preflight("/prod/notes/abc", "PUT", null).header("Access-Control-Allow-Methods"))
        .isEqualTo("DELETE,GET,OPTIONS,PUT");
    assertThat(preflight("/prod/echo/x", "PATCH", null).header("Access-Control-Allow-Methods"))
        .isEqualTo("DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT");

    RawHttp.Response unknown = preflight("/prod/nothing", "GET", null);
    assertThat(unknown.status()).isEqualTo(403);
    assertThat(unknown.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
    assertThat(unknown.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  void everyApiAnswer_carriesTheOrigin_errorsAlsoTheAllowedHeaders() throws Exception {
    RawHttp.Response ok = sandbox.clients.call("GET", "/prod/notes", "", sandbox.creds);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo("*");

    RawHttp.Response notFound = sandbox.clients.call("GET", "/prod/notes/none", "", sandbox.creds);
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.header("Access-Control-Allow-Origin")).isEqualTo("*");

    RawHttp.Response unsigned = RawHttp.send(base, "GET", "/prod/notes", List.of(), new byte[0]);
    assertThat(unsigned.status()).isEqualTo(403);
    assertThat(unsigned.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(unsigned.header("Access-Control-Allow-Headers")).contains("X-Amz-Security-Token");

    RawHttp.Response guest =
        sandbox.clients.call("GET", "/prod/notes", "", sandbox.clients.guestCredentials());
    assertThat(guest.status()).isEqualTo(403);
    assertThat(guest.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
    assertThat(guest.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  void cognitoPreflight_allowsAnyOrigin_theHeadersAsked_andCachesForTwoDays() throws Exception {
    RawHttp.Response r = preflight("/", "POST", "content-type,x-amz-target,x-amz-user-agent");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(r.header("Access-Control-Allow-Methods")).isEqualTo("POST");
    assertThat(r.header("Access-Control-Allow-Headers"))
        .isEqualTo("content-type,x-amz-target,x-amz-user-agent");
    assertThat(r.header("Access-Control-Max-Age")).isEqualTo("172800");

    RawHttp.Response error =
        RawHttp.send(
            base,
            "POST",
            "/",
            List.of(
                new String[] {"Content-Type", "application/x-amz-json-1.1"},
                new String[] {"X-Amz-Target", "AWSCognitoIdentityService.GetId"},
                new String[] {"Origin", PAGE}),
            "{\"IdentityPoolId\":\"us-east-1:nope\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(error.header("Access-Control-Expose-Headers")).contains("x-amzn-ErrorType");
  }

  @Test
  void managedLogin_endpointsAPageFetches_allowThatPage_theLoginPagesDoNot() throws Exception {
    RawHttp.Response pre = preflight("/oauth2/token", "POST", "content-type");
    assertThat(pre.status()).isEqualTo(200);
    assertThat(pre.header("Access-Control-Allow-Origin")).isEqualTo(PAGE);
    assertThat(pre.header("Vary")).isEqualTo("Origin");
    assertThat(pre.header("Access-Control-Allow-Methods")).isEqualTo("GET,POST");
    assertThat(pre.header("Access-Control-Allow-Headers")).isEqualTo("content-type");

    List<String[]> fromPage =
        List.of(
            new String[] {"Origin", PAGE},
            new String[] {"Content-Type", "application/x-www-form-urlencoded"});
    RawHttp.Response refused =
        RawHttp.send(
            base,
            "POST",
            "/oauth2/token",
            fromPage,
            "grant_type=authorization_code&code=nope".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Access-Control-Allow-Origin"))
        .as("a page reads the error too")
        .isEqualTo(PAGE);

    String pool = sandbox.clients.sandbox.config().userPoolId();
    RawHttp.Response keys =
        RawHttp.send(base, "GET", "/" + pool + "/.well-known/jwks.json", fromPage, new byte[0]);
    assertThat(keys.status()).isEqualTo(200);
    assertThat(keys.header("Access-Control-Allow-Origin")).isEqualTo(PAGE);

    RawHttp.Response page =
        RawHttp.send(base, "GET", "/oauth2/authorize?response_type=code", fromPage, new byte[0]);
    assertThat(page.header("Access-Control-Allow-Origin"))
        .as("a page navigates to the login pages, never fetches them")
        .isNull();
  }

  @Test
  void testHooks_answerNoCrossOriginRequest() throws Exception {
    RawHttp.Response r = preflight("/_sandbox/faults", "POST", "content-type");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void aConfiguredOrigin_isTheOneAnswered() throws Exception {
    try (Sandbox other =
        Sandbox.start(
            SandboxOptions.builder()
                .corsOrigin("http://localhost:3000/")
                .corsHeaders("Content-Type, Authorization,X-Amz-Date,X-Amz-Content-Sha256")
                .build())) {
      RawHttp.Response r =
          RawHttp.send(
              other.endpoint(),
              "OPTIONS",
              "/prod/notes",
              List.of(
                  new String[] {"Origin", PAGE},
                  new String[] {"Access-Control-Request-Method", "GET"}),
              new byte[0]);
      assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
      assertThat(r.header("Access-Control-Allow-Headers"))
          .isEqualTo("Content-Type,Authorization,X-Amz-Date,X-Amz-Content-Sha256");
    }
  }

  @Test
  void anOriginThatIsNotOne_isRefusedNamingTheFlag() {
    for (String bad : List.of("", "localhost:3000", "http://x/app", "ftp://x", "http://x?a=1")) {
      assertThatThrownBy(() -> SandboxOptions.builder().corsOrigin(bad).build())
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--cors-origin takes * or one origin");
    }
    assertThatThrownBy(() -> SandboxOptions.builder().corsHeaders("a b;c").build())
        .hasMessageContaining("--cors-headers takes header names separated by commas");
    assertThat(Cors.checkOrigin("https://app.example.com:8443"))
        .isEqualTo("https://app.example.com:8443");
  }
}
