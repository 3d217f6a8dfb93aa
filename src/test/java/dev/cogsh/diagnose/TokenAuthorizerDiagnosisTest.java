package dev.cogsh.diagnose;

import static dev.cogsh.config.ApiAuth.ACCESS_TOKEN;
import static dev.cogsh.config.ApiAuth.IAM;
import static dev.cogsh.config.ApiAuth.ID_TOKEN;
import static dev.cogsh.config.ApiAuth.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.api.Api;
import dev.cogsh.api.AuthRoutesFixture;
import dev.cogsh.api.Finding;
import dev.cogsh.api.Finding.Kind;
import dev.cogsh.api.Response;
import dev.cogsh.api.TokenSource;
import dev.cogsh.config.ApiAuth;
import dev.cogsh.config.ApiAuthSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each token-authorizer, API-key and usage-plan finding, produced from a real sandbox answer to a
 * real request (the sandbox answers as API Gateway does).
 */
class TokenAuthorizerDiagnosisTest {

  static AuthRoutesFixture f;
  static AuthRoutesFixture other;

  @BeforeAll
  static void start() throws Exception {
    f = new AuthRoutesFixture(2);
    other = new AuthRoutesFixture(1000, "eu-west-2");
  }

  @AfterAll
  static void stop() {
    f.close();
    other.close();
  }

  private static TokenSource fixed(String id, String access) {
    return new TokenSource() {
      @Override
      public String idToken() {
        return id;
      }

      @Override
      public String accessToken() {
        return access;
      }
    };
  }

  private static Finding diagnose(Response r, int status) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    return r.diagnosis();
  }

  @Test
  void noToken_onTheCognitoRoute_says401AndWhichModeToUse() {
    Finding d = diagnose(f.api().auth(NONE).get("/cognito/notes"), 401);
    assertThat(d.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(d.summary()).contains("no token sent").contains("api.auth(ID_TOKEN)");
  }

  @Test
  void aSigV4AuthorizationHeader_isNotTakenForAToken() {
    Api api = f.api();
    Response r =
        api.request("GET", "/cognito/notes")
            .auth(IAM)
            .header("Authorization", "AWS4-HMAC-SHA256 Credential=x")
            .auth(NONE)
            .send();
    Finding d = diagnose(r, 401);
    assertThat(d.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(d.summary()).contains("no token sent");
  }

  @Test
  void notAJwt_isNamed() {
    Response r =
        f.api().request("GET", "/cognito/notes").auth(NONE).header("Authorization", "hello").send();
    Finding d = diagnose(r, 401);
    assertThat(d.summary()).contains("holds no JWT");
  }

  @Test
  void accessToken_whereTheIdTokenIsNeeded() {
    Api api = f.api(f.config, fixed(f.auth.tokens().accessToken().raw(), null));
    Finding d = diagnose(api.auth(ID_TOKEN).get("/cognito/notes"), 401);
    assertThat(d.kind()).isEqualTo(Kind.WRONG_TOKEN);
    assertThat(d.summary()).contains("an access token was sent").contains("api.auth(ID_TOKEN)");
  }

  @Test
  void bearerPrefix_toTheRestAuthorizer() {
    Response r =
        f.api()
            .request("GET", "/cognito/notes")
            .auth(NONE)
            .header("Authorization", "Bearer " + f.auth.tokens().idToken().raw())
            .send();
    Finding d = diagnose(r, 401);
    assertThat(d.kind()).isEqualTo(Kind.WRONG_TOKEN);
    assertThat(d.summary()).contains("'Bearer '");
  }

  @Test
  void tokenOfAnotherPool_isNamed() {
    Api api = f.api(f.config, other.tokens());
    Finding d = diagnose(api.auth(ID_TOKEN).get("/cognito/notes"), 401);
    assertThat(d.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(d.summary()).contains("another user pool");
    assertThat(d.text()).contains(other.config.issuer()).contains(f.config.issuer());
  }

  @Test
  void accessTokenWithoutTheScope_namesTheScope() {
    Finding d = diagnose(f.api().auth(ACCESS_TOKEN).get("/jwt/notes"), 403);
    assertThat(d.kind()).isEqualTo(Kind.INSUFFICIENT_SCOPE);
    assertThat(d.summary())
        .contains("needs scope notes/read")
        .contains("aws.cognito.signin.user.admin");
    assertThat(d.text()).contains("managed login").contains("client-credentials");
  }

  @Test
  void writeNeedsItsOwnScope() {
    String readOnly = f.auth.clientCredentials("notes/read");
    Api api = f.api(f.config, fixed(null, readOnly));
    Finding d = diagnose(api.auth(ACCESS_TOKEN).post("/jwt/notes", "{\"content\":\"x\"}"), 403);
    assertThat(d.summary()).contains("needs scope notes/write").contains("scopes notes/read");
  }

  @Test
  void idToken_whereTheAccessTokenIsNeeded() {
    Api api = f.api(f.config, fixed(null, f.auth.tokens().idToken().raw()));
    Finding d = diagnose(api.auth(ACCESS_TOKEN).get("/jwt/notes"), 403);
    assertThat(d.kind()).isEqualTo(Kind.WRONG_TOKEN);
    assertThat(d.summary()).contains("send the access token");
  }

  @Test
  void tokenOfAnotherPool_onTheJwtRoute_namesBothIssuers() {
    Api api = f.api(f.config, fixed(null, other.auth.tokens().accessToken().raw()));
    Response r = api.auth(ACCESS_TOKEN).get("/jwt/notes");
    Finding d = diagnose(r, 401);
    assertThat(r.header("www-authenticate")).contains("error=\"invalid_token\"");
    assertThat(d.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(d.summary()).contains("another user pool (" + other.config.issuer() + ")");
    assertThat(d.text()).contains(f.config.issuer());
  }

  @Test
  void tokenOfAnotherAppClient_onTheJwtRoute_namesTheClient() throws Exception {
    String machine = machineClientToken("notes/read");
    Api api = f.api(f.config, fixed(null, machine));

    Response r = api.auth(ACCESS_TOKEN).get("/jwt/notes");

    Finding d = diagnose(r, 401);
    assertThat(r.header("www-authenticate")).contains("the token does not have a valid audience");
    assertThat(d.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(d.summary()).contains("the token is for app client " + MACHINE_CLIENT);
    assertThat(d.text())
        .contains("client_id is " + MACHINE_CLIENT)
        .contains("this session's client: " + f.config.appClientId());
  }

  /** The sandbox pool's second app client (docs/sandbox.md): client_credentials only. */
  private static final String MACHINE_CLIENT = "sandboxmachineclient000002";

  /** A client-credentials access token of the machine client, from the sandbox's token endpoint. */
  private static String machineClientToken(String scope) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (MACHINE_CLIENT + ":sandbox-machine-client-demo-secret")
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(f.sandbox.endpoint() + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&scope=" + scope.replace("/", "%2F")))
            .build();
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
  }

  @Test
  void apiKey_missing_wrong_andTheUsagePlansQuota() {
    Finding missing = diagnose(f.api().auth(NONE).get("/apikey/notes"), 403);
    assertThat(missing.kind()).isEqualTo(Kind.API_KEY);
    assertThat(missing.summary()).contains("no API key was sent").contains("apiKey");

    Response wrong =
        f.api().request("GET", "/apikey/notes").auth(NONE).apiKey("not-the-key-0123456789").send();
    Finding refused = diagnose(wrong, 403);
    assertThat(refused.summary()).contains("the API key sent was refused");
    assertThat(wrong.request().text()).doesNotContain("not-the-key");

    Api keyed =
        f.api(
            f.config.withApiAuth(
                new ApiAuthSettings(ApiAuth.NONE, AuthRoutesFixture.API_KEY, null)),
            f.tokens());
    keyed.options(keyed.options().withRetries(0));
    assertThat(keyed.get("/apikey/notes").status()).isEqualTo(200);
    assertThat(keyed.get("/apikey/notes").status()).isEqualTo(200);
    Response spent = keyed.get("/apikey/notes");
    Finding limit = diagnose(spent, 429);
    assertThat(spent.errorMessage()).isEqualTo("Limit Exceeded");
    assertThat(limit.kind()).isEqualTo(Kind.USAGE_LIMIT);
    assertThat(limit.summary()).contains("quota");
  }

  @Test
  void expiredTokens_onBothAuthorizers_areRetriedOnce_thenSaidToHaveExpired() throws Exception {
    try (AuthRoutesFixture late = new AuthRoutesFixture(1000)) {
      String id = late.auth.tokens().idToken().raw();
      String access = late.auth.tokens().accessToken().raw();
      late.sandboxClock.advance(Duration.ofHours(2));
      Api api = late.api(late.config, new CountingExpiry(late, id, access));

      Response rest = api.auth(ID_TOKEN).get("/cognito/notes");
      assertThat(rest.errorMessage()).isEqualTo("The incoming token has expired");
      assertThat(rest.attempt()).isEqualTo(2);
      assertThat(rest.notes()).anyMatch(n -> n.contains("refreshed it and sent again"));
      assertThat(diagnose(rest, 401).kind()).isEqualTo(Kind.TOKEN_EXPIRED);

      Response jwt = api.auth(ACCESS_TOKEN).get("/jwt/notes");
      assertThat(jwt.header("www-authenticate")).contains("the token has expired");
      Finding d = diagnose(jwt, 401);
      assertThat(d.kind()).isEqualTo(Kind.TOKEN_EXPIRED);
      assertThat(d.summary()).contains("auth.refresh()");
      assertThat(late.expiredCalls.get()).isEqualTo(2);
    }
  }

  /** Fixed tokens that count the api's "expired" signals into the fixture. */
  private record CountingExpiry(AuthRoutesFixture f, String id, String access)
      implements TokenSource {
    @Override
    public String idToken() {
      return id;
    }

    @Override
    public String accessToken() {
      return access;
    }

    @Override
    public void expired() {
      f.expiredCalls.incrementAndGet();
    }
  }
}
