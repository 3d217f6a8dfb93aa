package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  void presign_outOfRange_saysTheBounds() {
    assertThatThrownBy(() -> api.presign("GET", "/notes", Duration.ofDays(8)))
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("a presigned URL lives 1 second to 7 days, not ");
  }
}
