package dev.cogsh.api;

import static dev.cogsh.config.ApiAuth.ACCESS_TOKEN;
import static dev.cogsh.config.ApiAuth.API_KEY;
import static dev.cogsh.config.ApiAuth.ID_TOKEN;
import static dev.cogsh.config.ApiAuth.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.Jwt;
import dev.cogsh.config.ApiAuth;
import dev.cogsh.config.ApiAuthSettings;
import dev.cogsh.sandbox.SandboxOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorization modes of {@code api} against the sandbox's routes behind a REST Cognito
 * authorizer, an HTTP API JWT authorizer and an API key: real HTTP, real tokens from a real
 * sign-in, no credentials fetched outside {@code iam}.
 */
class ApiAuthModesTest {

  static AuthRoutesFixture f;

  @BeforeAll
  static void start() throws Exception {
    f = new AuthRoutesFixture(1000);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void idToken_perRequest_reachesTheCognitoRoute_rawInAuthorization_unsigned() {
    Api api = f.api();
    int before = f.credentialCalls.get();

    Response created = api.auth(ID_TOKEN).post("/cognito/notes", Map.of("content", "by id"));
    Response listed = api.auth(ID_TOKEN).get("/cognito/notes");

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.text()).contains("by id");
    assertThat(listed.request().signed()).isFalse();
    assertThat(listed.trace()).isNull();
    assertThat(listed.request().frozen().header("Authorization"))
        .contains(f.auth.tokens().idToken().raw());
    assertThat(listed.request().frozen().header("X-Amz-Date")).isEmpty();
    assertThat(f.credentialCalls.get()).isEqualTo(before);
    assertThat(api.explain().toString())
        .contains("idToken (.auth(ID_TOKEN) on the request)")
        .contains("the ID token, raw, in Authorization")
        .doesNotContain(f.auth.tokens().idToken().raw());
  }

  @Test
  void idToken_fromTheConfiguration_isTheDefault_andExplainSaysWhy() {
    Api api =
        f.api(f.config.withApiAuth(new ApiAuthSettings(ApiAuth.ID_TOKEN, null, null)), f.tokens());

    Response r = api.get("/cognito/notes");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(api.explain().toString()).contains("idToken (apiAuth in the configuration)");
    assertThat(f.credentialCalls.get()).isZero();
  }

  @Test
  void accessToken_isSentAsBearer_andAScopedTokenReachesTheJwtRoute() {
    String scoped = f.auth.clientCredentials("notes/read");
    TokenSource machine =
        new TokenSource() {
          @Override
          public String idToken() {
            throw new AssertionError("the access token mode asked for the ID token");
          }

          @Override
          public String accessToken() {
            return scoped;
          }
        };
    Api api = f.api(f.config, machine);

    Response r = api.auth(ACCESS_TOKEN).get("/jwt/notes");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.request().frozen().header("Authorization")).contains("Bearer " + scoped);
    assertThat(r.request().text()).contains("Authorization: Bearer eyJ…").doesNotContain(scoped);
  }

  @Test
  void userAccessToken_withoutTheScope_getsHttpApisInsufficientScope() {
    Response r = f.api().auth(ACCESS_TOKEN).get("/jwt/notes");

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.errorMessage()).isEqualTo("Forbidden");
    assertThat(r.header("www-authenticate"))
        .isEqualTo(
            "Bearer scope=\"notes/read\" error=\"insufficient_scope\""
                + " error_description=\"expected scopes: [notes/read]\"");
  }

  @Test
  void idToken_withUnderAMinuteLeft_isRefreshedBeforeItIsSent() throws Exception {
    try (AuthRoutesFixture shortLived =
        new AuthRoutesFixture(SandboxOptions.builder().idTokenTtl(Duration.ofSeconds(30)))) {
      String signedInWith = shortLived.auth.tokens().idToken().raw();
      shortLived.sandboxClock.advance(Duration.ofSeconds(31)); // expired, for the authorizer

      Response r = shortLived.api().auth(ID_TOKEN).get("/cognito/notes");

      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      assertThat(r.attempt()).as("no 401 round trip first").isEqualTo(1);
      String sent = r.request().frozen().header("Authorization").orElseThrow();
      assertThat(sent).isNotEqualTo(signedInWith);
      assertThat(Jwt.decode(sent).expiry()).isAfter(Instant.now());
    }
  }

  @Test
  void accessToken_withUnderAMinuteLeft_isRefreshed_evenWhileTheIdTokenHasAnHour()
      throws Exception {
    // An app client sets the access token's lifetime apart from the ID token's (5 min to 1 day).
    try (AuthRoutesFixture shortAccess =
        new AuthRoutesFixture(SandboxOptions.builder().accessTokenTtl(Duration.ofSeconds(30)))) {
      String signedInWith = shortAccess.auth.tokens().accessToken().raw();
      assertThat(shortAccess.auth.tokens().idToken().expiry())
          .isAfter(Instant.now().plus(Duration.ofMinutes(59)));
      shortAccess.sandboxClock.advance(Duration.ofSeconds(31)); // expired, for the authorizer

      Response r = shortAccess.api().auth(ACCESS_TOKEN).get("/jwt/notes");

      assertThat(r.attempt()).as("no 401 round trip first: " + r.notes()).isEqualTo(1);
      assertThat(r.header("www-authenticate"))
          .as("a valid token, refused only for its scope")
          .contains("error=\"insufficient_scope\"");
      String sent = r.request().frozen().header("Authorization").orElseThrow();
      assertThat(sent).startsWith("Bearer ").isNotEqualTo("Bearer " + signedInWith);
    }
  }

  @Test
  void tokenHeader_isConfigurable_perRequestAndInTheConfiguration() {
    SignedRequest perRequest =
        f.api().request("GET", "/cognito/notes").auth(ID_TOKEN).authHeader("X-Id-Token").sign();
    assertThat(perRequest.frozen().header("X-Id-Token")).contains(f.auth.tokens().idToken().raw());
    assertThat(perRequest.frozen().header("Authorization")).isEmpty();

    Api configured =
        f.api(
            f.config.withApiAuth(new ApiAuthSettings(ApiAuth.ACCESS_TOKEN, null, "X-Token")),
            f.tokens());
    Response r = configured.get("/jwt/notes");
    assertThat(r.request().frozen().header("X-Token"))
        .contains("Bearer " + f.auth.tokens().accessToken().raw());
    assertThat(r.status()).as("the sandbox's authorizer reads Authorization").isEqualTo(401);
  }

  @Test
  void aUserSetAuthorizationHeader_isKept_whenTheModeIsNotIam() {
    String idToken = f.auth.tokens().idToken().raw();

    Response r =
        f.api().request("GET", "/cognito/notes").auth(NONE).header("Authorization", idToken).send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.request().frozen().header("Authorization")).contains(idToken);
    assertThat(r.request().warnings()).isEmpty();
  }

  @Test
  void apiKey_fromTheConfiguration_goesAlongsideAnyMode_andIsMasked() {
    Api api =
        f.api(
            f.config.withApiAuth(
                new ApiAuthSettings(ApiAuth.ID_TOKEN, AuthRoutesFixture.API_KEY, null)),
            f.tokens());

    Response keyed = api.get("/apikey/notes");
    Response cognito = api.get("/cognito/notes");

    assertThat(keyed.status()).as(keyed.toString()).isEqualTo(200);
    assertThat(cognito.status()).isEqualTo(200);
    assertThat(cognito.request().frozen().header("x-api-key")).contains(AuthRoutesFixture.API_KEY);
    assertThat(api.explain().toString())
        .contains("x-api-key **** sent too")
        .doesNotContain(AuthRoutesFixture.API_KEY);
    assertThat(api.curl().command()).startsWith("# idToken: not signed");
  }

  @Test
  void apiKeyMode_sendsOnlyTheKey_perRequestKeyWins() {
    Response r =
        f.api()
            .request("POST", "/apikey/notes")
            .auth(API_KEY)
            .apiKey(AuthRoutesFixture.API_KEY)
            .body(Map.of("content", "keyed"))
            .send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.request().frozen().header("Authorization")).isEmpty();
  }

  @Test
  void apiKeyMode_withoutAKey_isRefusedBeforeSending() {
    assertThatThrownBy(() -> f.api().auth(API_KEY).get("/apikey/notes"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("the apiKey mode needs an API key")
        .satisfies(e -> assertThat(((ApiException) e).hint()).contains("COGSH_API_KEY"));
  }

  @Test
  void noTokens_behindTheApi_saysToSignIn() {
    Api api = f.api(f.config, TokenSource.none());
    assertThatThrownBy(() -> api.auth(ID_TOKEN).get("/cognito/notes"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("no Cognito tokens")
        .satisfies(e -> assertThat(((ApiException) e).hint()).contains("auth.login()"));
  }
}
