package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.config.ApiAuth;
import dev.cogsh.config.ApiAuthSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code api.presign}: a URL any client can call until it expires, checked by the sandbox. */
class PresignSandboxTest {

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

  @Test
  void presignedUrl_isAcceptedByTheSandbox_withoutAnyHeaderOfOurs() throws Exception {
    URI url = api.presign("GET", "/echo/presigned", Duration.ofMinutes(5));

    assertThat(url.getRawQuery())
        .contains("X-Amz-Algorithm=AWS4-HMAC-SHA256")
        .contains("X-Amz-Expires=300")
        .contains("X-Amz-Security-Token=");
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode echo = new ObjectMapper().readTree(r.body());
    assertThat(echo.path("authenticated").asBoolean()).isTrue();
    assertThat(echo.path("identityId").asText()).isEqualTo(sandbox.identityId);
  }

  @Test
  void withAnApiKeyConfigured_theUrlStillWorksAlone_theKeyIsNotSignedIn() throws Exception {
    // cogsh sandbox --config-out writes apiKey: every call sends x-api-key, but a presigned URL is
    // for a client that has nothing but the URL, so the configured key must not be a signed header.
    Api keyed =
        new Api(
            sandbox.config.withApiAuth(
                new ApiAuthSettings(ApiAuth.ID_TOKEN, "cogsh-sandbox-demo-api-key", null)),
            sandbox.source(),
            new HttpTransport(),
            java.time.Clock.systemUTC());

    URI url = keyed.presign("GET", "/echo/presigned", Duration.ofMinutes(5));

    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(url.getRawQuery()).contains("X-Amz-SignedHeaders=host&");

    URI withKey =
        keyed
            .request("GET", "/echo/presigned")
            .apiKey("cogsh-sandbox-demo-api-key")
            .presign(Duration.ofMinutes(5));
    assertThat(withKey.getRawQuery())
        .as("a key given on the request is signed in, as any header given")
        .contains("X-Amz-SignedHeaders=host%3Bx-api-key&");
  }

  @Test
  void presign_outOfRange_saysTheBounds() {
    assertThatThrownBy(() -> api.presign("GET", "/notes", Duration.ofDays(8)))
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("a presigned URL lives 1 second to 7 days, not ");
  }
}
