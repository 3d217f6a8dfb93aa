package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Jwt;
import dev.cogsh.config.Config;
import dev.cogsh.testing.FormBrowser;
import dev.cogsh.testing.MutableClock;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Managed login with app clients set up otherwise than the sandbox's default: one with a secret
 * (cogsh authenticates with HTTP Basic, never with the secret in the form), and one allowed no
 * resource-server scopes (client credentials are then {@code unauthorized_client}). Real sandboxes
 * over loopback HTTP.
 */
class ManagedLoginClientTest {
  private static final String SECRET = "sandbox-client-secret-0123456789";

  @Test
  void clientWithASecret_signsInAndGetsMachineTokens_overHttpBasic() throws Exception {
    URI redirect = freeRedirect();
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .clientSecret(SECRET)
                .callbackUrl(redirect.toString())
                .build())) {
      Config config =
          sandbox.config().withOauth(sandbox.config().oauth().withRedirectUri(redirect));
      assertThat(config.appClientSecret()).isEqualTo(SECRET);
      Auth auth = Auth.create(config, ChallengeAnswers.none());
      auth.setBrowser(
          new FormBrowser(
              Map.of(
                  "username", SandboxOptions.DEMO_USER, "password", SandboxOptions.DEMO_PASSWORD),
              redirect.getScheme() + "://" + redirect.getAuthority(),
              UnaryOperator.identity()));
      auth.setBrowserTimeout(Duration.ofSeconds(30));

      // cogsh's forms carry no client_secret, and the sandbox refuses a secret client without one
      assertThat(auth.loginWithBrowser().idToken().claim("cognito:username"))
          .isEqualTo(SandboxOptions.DEMO_USER);
      assertThat(auth.refresh().refreshToken()).isNotBlank();
      assertThat(Jwt.decode(auth.clientCredentials("notes/read")).claim("scope"))
          .isEqualTo("notes/read");

      HttpResponse<String> withoutSecret =
          post(
              sandbox,
              "/oauth2/token",
              Map.of("grant_type", "client_credentials", "client_id", config.appClientId()));
      assertThat(withoutSecret.statusCode()).isEqualTo(401);
      assertThat(withoutSecret.body()).contains("\"invalid_client\"");
    }
  }

  @Test
  void clientWithAWrongSecret_isInvalidClient_withAHintNamingTheSettings() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().clientSecret(SECRET).build())) {
      Config wrong =
          sandbox.config().toBuilder().appClientSecret("not-the-secret-0123456789").build();
      Auth auth = Auth.create(wrong, ChallengeAnswers.none());

      assertThatThrownBy(() -> auth.clientCredentials("notes/read"))
          .isInstanceOf(AuthException.class)
          .hasMessageContaining("invalid_client")
          .satisfies(
              e ->
                  assertThat(((AuthException) e).hint())
                      .contains("appClientId and appClientSecret"))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-secret"));
    }
  }

  @Test
  void clientWithoutResourceServerScopes_isUnauthorizedForClientCredentials() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(SandboxOptions.builder().scopes(List.of("openid", "email")).build())) {
      Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());

      assertThatThrownBy(() -> auth.clientCredentials("notes/read"))
          .isInstanceOf(AuthException.class)
          .hasMessageContaining("unauthorized_client")
          .satisfies(
              e -> assertThat(((AuthException) e).hint()).contains("enable this OAuth grant"));
    }
  }

  @Test
  void clientCredentials_areReusedUntilAMinuteBeforeExpiry_thenRenewed() throws Exception {
    MutableClock clock = new MutableClock(Instant.now());
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build());
        SandboxClients clients = new SandboxClients(sandbox, clock)) {
      Auth auth =
          new Auth(clients.config, clients.idp, ChallengeAnswers.none(), clock, new SecureRandom());
      String first = auth.clientCredentials("notes/read");
      long lifetime =
          Jwt.decode(first).claims().path("exp").asLong()
              - Jwt.decode(first).claims().path("iat").asLong();

      clock.advance(Duration.ofSeconds(lifetime - 61));
      String stillCached = auth.clientCredentials("notes/read");
      clock.advance(Duration.ofSeconds(2)); // now 59 s before expiry
      String renewed = auth.clientCredentials("notes/read");

      assertThat(stillCached).isSameAs(first);
      assertThat(renewed).isNotEqualTo(first);
      assertThat(Jwt.decode(renewed).claim("scope")).isEqualTo("notes/read");
    }
  }

  private static URI freeRedirect() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return URI.create("http://localhost:" + s.getLocalPort() + "/callback");
    }
  }

  private static HttpResponse<String> post(Sandbox sandbox, String path, Map<String, String> form)
      throws Exception {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=').append(v));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(sandbox.endpoint() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
