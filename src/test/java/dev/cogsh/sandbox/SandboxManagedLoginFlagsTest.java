package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * {@code cogsh sandbox --callback-url … --scopes …} from the real command line, in a child process:
 * the extra callback URL is accepted beside cogsh's default one, others are {@code
 * redirect_mismatch}, and the allowed scopes are exactly the ones given (none of a resource server
 * here, so client credentials are {@code unauthorized_client}).
 */
class SandboxManagedLoginFlagsTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void callbackUrlAndScopes_reachTheSandbox() throws Exception {
    try (SandboxProcess process =
            SandboxProcess.start(
                "--callback-url", "http://localhost:9911/cb", "--scopes", "openid email profile");
        SandboxClients clients = SandboxClients.remote(process.endpoint, Clock.systemUTC())) {
      String client = clients.config.appClientId();

      assertThat(authorize(process, client, "http://localhost:9911/cb", "openid").statusCode())
          .isEqualTo(200);
      assertThat(
              authorize(process, client, "http://localhost:8765/callback", "openid").statusCode())
          .isEqualTo(200);
      HttpResponse<String> other = authorize(process, client, "http://localhost:9912/cb", "openid");
      assertThat(other.statusCode()).isEqualTo(400);
      assertThat(other.body()).contains("redirect_mismatch");
      HttpResponse<String> notAllowed =
          authorize(process, client, "http://localhost:9911/cb", "openid notes/read");
      assertThat(notAllowed.headers().firstValue("Location").orElseThrow())
          .startsWith("http://localhost:9911/cb?error=invalid_scope");

      HttpResponse<String> machine =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(process.endpoint + "/oauth2/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=client_credentials&client_id=" + client))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(machine.statusCode()).isEqualTo(400);
      assertThat(machine.body()).contains("\"unauthorized_client\"");
    }
  }

  private static HttpResponse<String> authorize(
      SandboxProcess process, String client, String redirect, String scope) throws Exception {
    URI uri =
        URI.create(
            process.endpoint
                + "/oauth2/authorize?response_type=code&client_id="
                + client
                + "&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&scope="
                + URLEncoder.encode(scope, StandardCharsets.UTF_8).replace("+", "%20")
                + "&state=s1");
    return HTTP.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
