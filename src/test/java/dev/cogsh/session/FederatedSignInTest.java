package dev.cogsh.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.api.HttpTransport;
import dev.cogsh.api.Response;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Tokens;
import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import dev.cogsh.creds.CredsException;
import dev.cogsh.creds.RememberKey;
import dev.cogsh.creds.SessionFile;
import dev.cogsh.human.SecretRegistry;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.testing.FormBrowser;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A federated user (the sandbox's built-in {@code SandboxIdP}) signs in through managed login, and
 * the session's {@code creds} and {@code api}, unchanged, get Identity Pool credentials and make a
 * signed API call with that user's ID token.
 */
class FederatedSignInTest {
  @TempDir Path home;

  @Test
  void sandboxIdp_userGetsCredentialsAndCallsTheApi() throws Exception {
    URI redirect = freeRedirect();
    try (Sandbox sandbox =
            Sandbox.start(SandboxOptions.builder().callbackUrl(redirect.toString()).build());
        HttpTransport transport = new HttpTransport()) {
      Config config = withRedirect(sandbox, redirect);
      SessionObjects session = objects(config, transport);
      FormBrowser browser = federated("ada@partner.example", redirect);
      session.auth().setBrowser(browser);
      session.auth().setBrowserTimeout(Duration.ofSeconds(30));

      Tokens tokens = session.auth().loginWithBrowser("SandboxIdP");

      assertThat(browser.opened().getRawQuery()).contains("identity_provider=SandboxIdP");
      assertThat(tokens.username()).isEqualTo("SandboxIdP_ada@partner.example");
      assertThat(tokens.idToken().claims().path("identities").get(0).path("providerName").asText())
          .isEqualTo("SandboxIdP");
      assertThat(session.auth().userInfo().path("identities").asText()).contains("SandboxIdP");
      assertThat(session.creds().get().accessKeyId()).startsWith("ASIA");
      Response created = session.api().post("/notes", Map.of("content", "from a federated user"));
      assertThat(created.status()).isEqualTo(200);
      assertThat(session.api().get("/notes").status()).isEqualTo(200);
    }
  }

  @Test
  void browserSignInAfterAnotherUser_withoutRemember_credsFollowIt_andSignOutDropsThem()
      throws Exception {
    URI redirect = freeRedirect();
    try (Sandbox sandbox =
            Sandbox.start(SandboxOptions.builder().callbackUrl(redirect.toString()).build());
        HttpTransport transport = new HttpTransport()) {
      Config config = withRedirect(sandbox, redirect);
      SessionObjects session = objects(config, transport);
      session.auth().login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
      String demoIdentity = session.creds().get().identityId();
      session.auth().setBrowser(federated("grace@partner.example", redirect));
      session.auth().setBrowserTimeout(Duration.ofSeconds(30));

      session.auth().loginWithBrowser("SandboxIdP");
      String federatedIdentity = session.creds().get().identityId();
      session.auth().logout();

      // before: the demo user's cached credentials signed the federated user's calls
      assertThat(federatedIdentity).isNotEqualTo(demoIdentity);
      assertThatThrownBy(() -> session.creds().get())
          .isInstanceOf(CredsException.class)
          .hasMessageContaining("signed in");
    }
  }

  @Test
  void browserSignInAfterAnotherUser_credsFollowIt_andBrowserSignOutForgetsTheSession()
      throws Exception {
    URI redirect = freeRedirect();
    try (Sandbox sandbox =
            Sandbox.start(SandboxOptions.builder().callbackUrl(redirect.toString()).build());
        HttpTransport transport = new HttpTransport()) {
      Config config = withRedirect(sandbox, redirect);
      SessionObjects session = objects(config, transport);
      SessionFile file = new SessionFile(home.resolve("sessions"));
      RememberKey key = RememberKey.of(null, config);
      session.creds().remember(file, key, file.read(key, config.username()));
      session.auth().login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
      String demoIdentity = session.creds().get().identityId();
      session.auth().setBrowser(federated("ada@partner.example", redirect));
      session.auth().setBrowserTimeout(Duration.ofSeconds(30));

      session.auth().loginWithBrowser("SandboxIdP");

      // the demo user's credentials must not sign the federated user's calls
      assertThat(session.creds().get().identityId()).isNotEqualTo(demoIdentity);
      assertThat(file.read(key, null).session().orElseThrow().user())
          .isEqualTo("SandboxIdP_ada@partner.example");

      session.auth().setBrowser(url -> true); // the /logout page: nothing to load here
      session.auth().logoutWithBrowser();

      assertThat(Files.exists(file.path(key))).isFalse();
      assertThat(session.auth().signedIn()).isFalse();
    }
  }

  /** A loopback redirect URI on a port free a moment ago. */
  private static URI freeRedirect() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return URI.create("http://localhost:" + s.getLocalPort() + "/callback");
    }
  }

  private static Config withRedirect(Sandbox sandbox, URI redirect) {
    return sandbox.config().withOauth(sandbox.config().oauth().withRedirectUri(redirect));
  }

  private SessionObjects objects(Config config, HttpTransport transport) {
    return SessionFactory.objects(
        config,
        ChallengeAnswers.none(),
        new Environment(Map.of(), home, home),
        transport,
        new SecretRegistry());
  }

  /** A browser that signs {@code user} in at the SandboxIdP's page. */
  private static FormBrowser federated(String user, URI redirect) {
    return new FormBrowser(
        Map.of("username", user),
        redirect.getScheme() + "://" + redirect.getAuthority(),
        UnaryOperator.identity());
  }
}
