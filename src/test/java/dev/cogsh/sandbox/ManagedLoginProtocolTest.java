package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Jwt;
import dev.cogsh.auth.OauthPkce;
import dev.cogsh.auth.Tokens;
import dev.cogsh.config.Config;
import dev.cogsh.otp.Totp;
import dev.cogsh.testing.FormBrowser;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Managed login end to end over real HTTP: cogsh's {@code auth.loginWithBrowser()} against the
 * sandbox's OAuth endpoints, the login form posted as a browser would, and the protocol's refusals
 * (wrong verifier, state mismatch, reused code, unregistered redirect, wrong client secret).
 */
class ManagedLoginProtocolTest {
  static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  static Sandbox sandbox;
  static URI redirect;

  @BeforeAll
  static void start() throws Exception {
    redirect = URI.create("http://localhost:" + freePort() + "/callback");
    sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .user("demo@example.com", "Passw0rd!")
                .userTotp("totp@example.com", "Passw0rd!", TOTP_SECRET)
                .userNewPassword("fresh@example.com", "Temp0rary!")
                .callbackUrl(redirect.toString())
                .build());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static Config config() {
    Config c = sandbox.config();
    return c.withOauth(c.oauth().withRedirectUri(redirect));
  }

  static Auth auth(FormBrowser browser) {
    Auth auth = Auth.create(config(), ChallengeAnswers.none());
    auth.setBrowser(browser);
    auth.setBrowserTimeout(Duration.ofSeconds(30));
    return auth;
  }

  static FormBrowser browser(Map<String, String> answers) {
    return browser(answers, UnaryOperator.identity());
  }

  static FormBrowser browser(Map<String, String> answers, UnaryOperator<URI> tamper) {
    return new FormBrowser(answers, redirect.getScheme() + "://" + redirect.getAuthority(), tamper);
  }

  @Test
  void loginWithBrowser_codeAndPkce_endsWithTheTokensOfAnSrpSignIn() {
    FormBrowser browser = browser(Map.of("username", "demo@example.com", "password", "Passw0rd!"));
    Auth auth = auth(browser);

    Tokens tokens = auth.loginWithBrowser();

    assertThat(tokens.idToken().claim("cognito:username")).isEqualTo("demo@example.com");
    assertThat(tokens.idToken().claim("nonce")).isNotBlank();
    assertThat(tokens.accessToken().claim("scope")).isEqualTo("openid email profile");
    assertThat(tokens.refreshToken()).isNotBlank();
    assertThat(browser.opened().getRawQuery())
        .contains("response_type=code", "code_challenge_method=S256", "state=", "nonce=")
        .contains("redirect_uri=" + URLEncoder.encode(redirect.toString(), StandardCharsets.UTF_8));
    assertThat(auth.whoami()).startsWith("Signed in as demo@example.com");
    browser.walk().join();
    assertThat(browser.landed()).contains("you can close this window");
  }

  @Test
  void loginWithBrowser_wrongPasswordShowsTheFormAgain_thenTimesOut() {
    FormBrowser browser = browser(Map.of("username", "demo@example.com", "password", "wrong"));
    Auth auth = auth(browser);
    auth.setBrowserTimeout(Duration.ofSeconds(2));

    assertThatThrownBy(auth::loginWithBrowser)
        .isInstanceOf(AuthException.class)
        .hasMessageContaining("No sign-in came back to " + redirect + " within 2.0s");
    browser.walk().join();
    assertThat(browser.pages())
        .anySatisfy(p -> assertThat(p).contains("Incorrect username or password."));
  }

  @Test
  void refresh_userInfo_andRevoke_useTheOauthEndpoints() throws Exception {
    Auth auth = auth(browser(Map.of("username", "demo@example.com", "password", "Passw0rd!")));
    Tokens first = auth.loginWithBrowser();

    Tokens refreshed = auth.refresh();
    JsonNode info = auth.userInfo();
    URI logout = auth.logoutWithBrowser();

    assertThat(refreshed.idToken().subject()).isEqualTo(first.idToken().subject());
    assertThat(refreshed.refreshToken()).isEqualTo(first.refreshToken());
    assertThat(info.path("email").asText()).isEqualTo("demo@example.com");
    assertThat(logout.toString()).contains("/logout?client_id=").contains("logout_uri=");
    HttpResponse<String> again =
        token(Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken()));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("invalid_grant");
    assertThat(get(logout).headers().firstValue("Location"))
        .contains("http://localhost:8765/signed-out");
  }

  @Test
  void loginWithBrowser_newPasswordAndTotpSteps_areFormsToo() {
    Auth fresh =
        auth(
            browser(
                Map.of(
                    "username",
                    "fresh@example.com",
                    "password",
                    "Temp0rary!",
                    "new_password",
                    "N3w-Passw0rd!")));
    assertThat(fresh.loginWithBrowser().idToken().claim("cognito:username"))
        .isEqualTo("fresh@example.com");

    Auth totp =
        auth(
            browser(
                Map.of(
                    "username", "totp@example.com",
                    "password", "Passw0rd!",
                    "code", Totp.code(TOTP_SECRET, Instant.now()))));
    assertThat(totp.loginWithBrowser().idToken().claim("cognito:username"))
        .isEqualTo("totp@example.com");
  }

  @Test
  void stateMismatch_isRefused() {
    FormBrowser browser =
        browser(
            Map.of("username", "demo@example.com", "password", "Passw0rd!"),
            uri -> URI.create(uri.toString().replaceAll("state=[^&]+", "state=forged")));
    Auth auth = auth(browser);

    assertThatThrownBy(auth::loginWithBrowser)
        .isInstanceOf(AuthException.class)
        .hasMessageContaining("state does not match");
    assertThat(auth.signedIn()).isFalse();
    browser.walk().join();
    assertThat(browser.landed()).contains("Sign-in failed").doesNotContain("The sign-in finished");
  }

  @Test
  void idToken_withAnotherNonce_isRefused_andTheBrowserIsToldItFailed() {
    FormBrowser browser = browser(Map.of("username", "demo@example.com", "password", "Passw0rd!"));
    Auth auth = auth(browser);
    // a browser (or an attacker's page) that swaps the nonce: the ID token then carries another
    auth.setBrowser(
        url -> browser.open(URI.create(url.toString().replaceAll("nonce=[^&]+", "nonce=other"))));

    assertThatThrownBy(auth::loginWithBrowser)
        .isInstanceOf(AuthException.class)
        .hasMessageContaining("ID token from managed login was refused")
        .hasMessageContaining("nonce is not this sign-in's");
    assertThat(auth.signedIn()).isFalse();
    browser.walk().join();
    assertThat(browser.landed()).contains("Sign-in failed");
  }

  @Test
  void newPasswordStep_forAUserWhoNeedsNone_isRefused_soTotpCannotBeSkipped() throws Exception {
    String request = heldRequest(OauthPkce.create(new SecureRandom()));
    HttpResponse<String> totpPage =
        post(
            "/login",
            Map.of(
                "request", request,
                "step", "signin",
                "username", "totp@example.com",
                "password", "Passw0rd!"));
    assertThat(totpPage.body()).contains("Authenticator code");

    HttpResponse<String> skipped =
        post(
            "/login",
            Map.of("request", request, "step", "new-password", "new_password", "Other-Passw0rd!"));

    assertThat(skipped.statusCode()).isEqualTo(400);
    assertThat(skipped.body()).contains("invalid_request");
    assertThat(skipped.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void token_withoutGrantType_andRevokeWithoutToken_areInvalidRequest() throws Exception {
    HttpResponse<String> token = post("/oauth2/token", Map.of("client_id", config().appClientId()));
    HttpResponse<String> revoke =
        post("/oauth2/revoke", Map.of("client_id", config().appClientId()));

    assertThat(token.statusCode()).isEqualTo(400);
    assertThat(token.body()).contains("\"invalid_request\"");
    assertThat(revoke.statusCode()).isEqualTo(400);
    assertThat(revoke.body()).contains("\"invalid_request\"");
  }

  @Test
  void wrongCodeVerifier_andReusedCode_areInvalidGrant() throws Exception {
    OauthPkce pkce = OauthPkce.create(new SecureRandom());
    String code = codeFor(pkce);

    HttpResponse<String> wrong = token(codeGrant(code, "x".repeat(43)));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"invalid_grant\"");

    String second = codeFor(pkce);
    HttpResponse<String> ok = token(codeGrant(second, pkce.verifier()));
    HttpResponse<String> reused = token(codeGrant(second, pkce.verifier()));
    assertThat(ok.statusCode()).isEqualTo(200);
    Jwt id = Jwt.decode(JSON.readTree(ok.body()).path("id_token").asText());
    assertThat(id.claim("nonce")).isEqualTo(pkce.nonce());
    assertThat(reused.statusCode()).isEqualTo(400);
    assertThat(reused.body()).contains("\"invalid_grant\"");
  }

  @Test
  void authorize_unregisteredRedirect_isRedirectMismatch() throws Exception {
    HttpResponse<String> page =
        get(
            URI.create(
                sandbox.endpoint()
                    + "/oauth2/authorize?response_type=code&client_id="
                    + config().appClientId()
                    + "&redirect_uri=http%3A%2F%2Flocalhost%3A1%2Fevil"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("redirect_mismatch");
  }

  @Test
  void token_unknownClient_isInvalidClient() throws Exception {
    HttpResponse<String> answer =
        post(
            "/oauth2/token",
            Map.of("grant_type", "client_credentials", "client_id", "someotherclient"));
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("\"invalid_client\"");
  }

  @Test
  void machineClient_getsClientCredentialsWithItsSecret_only() throws Exception {
    String id = "sandboxmachineclient000002";
    String secret = "sandbox-machine-client-demo-secret";
    Map<String, String> grant =
        Map.of("grant_type", "client_credentials", "client_id", id, "client_secret", secret);

    HttpResponse<String> issued = post("/oauth2/token", grant);
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
    String token =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(issued.body())
            .path("access_token")
            .asText();
    assertThat(Jwt.decode(token).claim("client_id")).isEqualTo(id);

    HttpResponse<String> wrongSecret =
        post(
            "/oauth2/token",
            Map.of("grant_type", "client_credentials", "client_id", id, "client_secret", "x"));
    assertThat(wrongSecret.statusCode()).isEqualTo(401);
    assertThat(wrongSecret.body()).contains("\"invalid_client\"");
    HttpResponse<String> refresh =
        post(
            "/oauth2/token",
            Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                "x",
                "client_id",
                id,
                "client_secret",
                secret));
    assertThat(refresh.statusCode()).isEqualTo(400);
    assertThat(refresh.body()).contains("\"unauthorized_client\"");
  }

  @Test
  void clientCredentials_givesAScopedTokenAndCachesIt_refusesOtherScopes() {
    Auth auth = Auth.create(config(), ChallengeAnswers.none());

    String token = auth.clientCredentials("notes/read");

    assertThat(Jwt.decode(token).claim("scope")).isEqualTo("notes/read");
    assertThat(Jwt.decode(token).claim("client_id")).isEqualTo(config().appClientId());
    assertThat(auth.clientCredentials("notes/read")).isSameAs(token);
    assertThatThrownBy(() -> auth.clientCredentials("billing/admin"))
        .isInstanceOf(AuthException.class)
        .hasMessageContaining("invalid_scope");
  }

  @Test
  void discovery_namesEveryEndpoint() throws Exception {
    JsonNode doc =
        JSON.readTree(
            get(URI.create(
                    sandbox.endpoint()
                        + "/"
                        + config().userPoolId()
                        + "/.well-known/openid-configuration"))
                .body());
    assertThat(doc.path("issuer").asText()).isEqualTo(config().issuer());
    for (String field :
        new String[] {
          "authorization_endpoint",
          "token_endpoint",
          "userinfo_endpoint",
          "jwks_uri",
          "revocation_endpoint"
        }) {
      assertThat(doc.path(field).asText()).startsWith(sandbox.endpoint().toString());
    }
  }

  @Test
  void listener_portTaken_saysSo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Config c = sandbox.config();
      Auth auth =
          Auth.create(
              c.withOauth(
                  c.oauth()
                      .withRedirectUri(
                          URI.create("http://localhost:" + taken.getLocalPort() + "/callback"))),
              ChallengeAnswers.none());
      auth.setBrowser(dev.cogsh.auth.BrowserLauncher.NONE);
      assertThatThrownBy(auth::loginWithBrowser)
          .isInstanceOf(AuthException.class)
          .hasMessageContaining("Port " + taken.getLocalPort())
          .hasMessageContaining("is taken")
          .satisfies(
              e ->
                  assertThat(((AuthException) e).hint())
                      .contains("auth.loginWithoutBrowser()")
                      .contains("set redirectUri"));
    }
  }

  /** Opens the login form by hand and returns the id of the request it holds. */
  private static String heldRequest(OauthPkce pkce) throws Exception {
    URI authorize =
        URI.create(
            sandbox.endpoint()
                + "/oauth2/authorize?response_type=code&client_id="
                + config().appClientId()
                + "&redirect_uri="
                + URLEncoder.encode(redirect.toString(), StandardCharsets.UTF_8)
                + "&scope=openid&state="
                + pkce.state()
                + "&nonce="
                + pkce.nonce()
                + "&code_challenge="
                + pkce.challenge()
                + "&code_challenge_method=S256");
    String form = get(authorize).body();
    Matcher request = Pattern.compile("name=\"request\" value=\"([^\"]+)\"").matcher(form);
    assertThat(request.find()).isTrue();
    return request.group(1);
  }

  /** Walks the login form by hand and returns the code from the redirect's Location. */
  private static String codeFor(OauthPkce pkce) throws Exception {
    String request = heldRequest(pkce);
    HttpResponse<String> posted =
        post(
            "/login",
            Map.of(
                "request", request,
                "step", "signin",
                "username", "demo@example.com",
                "password", "Passw0rd!"));
    assertThat(posted.statusCode()).isEqualTo(302);
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(redirect.toString()).contains("state=" + pkce.state());
    Matcher code = Pattern.compile("code=([^&]+)").matcher(location);
    assertThat(code.find()).isTrue();
    return code.group(1);
  }

  private static Map<String, String> codeGrant(String code, String verifier) {
    return Map.of(
        "grant_type",
        "authorization_code",
        "client_id",
        config().appClientId(),
        "code",
        code,
        "redirect_uri",
        redirect.toString(),
        "code_verifier",
        verifier);
  }

  private static HttpResponse<String> token(Map<String, String> form) throws Exception {
    Map<String, String> withClient = new java.util.HashMap<>(form);
    withClient.putIfAbsent("client_id", config().appClientId());
    return post("/oauth2/token", withClient);
  }

  private static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.endpoint() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
