package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.diagnose.Diagnosis;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's Lambda function URL ({@code /lambda/…}): SigV4 for service {@code lambda}. */
class LambdaUrlSandboxTest {

  static SandboxFixture sandbox;
  static Api api;

  @BeforeAll
  static void start() throws Exception {
    sandbox = new SandboxFixture();
    api = sandbox.api();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private String url(String path) {
    return sandbox.sandbox.endpoint() + "/lambda" + path;
  }

  @Test
  void signedForLambda_theFunctionAnswers_withTheIamCallerOfItsEvent() {
    Response r =
        api.request("POST", url("/hello"))
            .query("x", "1")
            .json(Map.of("a", 1))
            .service("lambda")
            .send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.trace().scope().service()).isEqualTo("lambda");
    assertThat(r.json().path("rawPath").asText()).isEqualTo("/hello");
    assertThat(r.json().path("rawQueryString").asText()).isEqualTo("x=1");
    assertThat(r.json().path("body").asText()).isEqualTo("{\"a\":1}");
    var iam = r.json().path("requestContext").path("authorizer").path("iam");
    assertThat(iam.path("userArn").asText())
        .isEqualTo(
            "arn:aws:sts::123456789012:assumed-role/Cognito_sandboxAuth_Role/"
                + "CognitoIdentityCredentials");
    assertThat(iam.path("cognitoIdentity").path("identityId").asText())
        .isEqualTo(sandbox.identityId);
    assertThat(iam.path("accessKey").asText()).isEqualTo(sandbox.credentials.accessKeyId());
  }

  @Test
  void signedForExecuteApi_isTheScopeError() {
    Response r = api.get(url("/hello"));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
    assertThat(r.errorMessage())
        .isEqualTo("Credential should be scoped to correct service: 'lambda'. ");
  }

  @Test
  void aGuest_isForbidden_asAFunctionUrlSaysIt() {
    Api guest =
        new Api(
                sandbox.config,
                GuestCredentials.of(sandbox.config),
                new HttpTransport(),
                java.time.Clock.systemUTC())
            .diagnostician(Diagnosis::of);

    Response r = guest.request("GET", url("/")).service("lambda").send();

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().path("Message").asText())
        .startsWith("Forbidden. For troubleshooting Function URL authorization issues");
  }

  @Test
  void unsigned_isForbidden() throws Exception {
    var answer =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/x"))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("\"Message\":\"Forbidden. For troubleshooting");
  }
}
