package dev.cogsh.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.Session;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root, against the real sandbox it starts: configuration to objects. */
class SessionFactoryTest {

  @TempDir Path home;

  @BeforeEach
  @AfterEach
  void forget() {
    SessionTestSupport.reset();
  }

  private Environment environment(Map<String, String> variables) {
    return new Environment(variables, home, home);
  }

  private SessionRequest scripted(Map<String, String> variables) {
    return new SessionRequest(
        environment(variables),
        ConfigRequest.none(),
        SandboxOptions.builder().build(),
        SessionRequest.Answers.SCRIPTED);
  }

  @Test
  void open_withNothingConfigured_startsTheSandbox_andTargetsItAsTheDemoUser() throws IOException {
    try (OpenSession session =
        SessionFactory.open(SessionRequest.asking(environment(Map.of()), ConfigRequest.none()))) {
      String endpoint = session.sandbox().orElseThrow().toString();

      assertThat(session.target().sandbox()).isTrue();
      assertThat(session.target().description())
          .isEqualTo("sandbox at " + endpoint + " (user demo@example.com, password Passw0rd!)");
      // asking at the prompt: the password is typed, not configured
      assertThat(session.target().config().password()).isNull();
      assertThat(session.resolved()).isPresent();
      assertThat(session.requests()).isZero();
      // managed login (auth.loginWithBrowser()) works on the sandbox as on a configured pool
      assertThat(session.target().config().oauth().domain()).hasToString(endpoint);
    }
  }

  @Test
  void open_scripted_knowsTheSeededPassword_andCountsItAmongTheSecrets() throws IOException {
    try (OpenSession session =
        SessionFactory.open(scripted(Map.of("COGSH_TOTP_SECRET", " JBSWY3DPEHPK3PXP ")))) {
      assertThat(session.target().config().password()).isEqualTo("Passw0rd!");
      assertThat(session.secrets()).contains("Passw0rd!", "JBSWY3DPEHPK3PXP");
    }
  }

  @Test
  void install_bindsObjectsWhoseApiSendsThroughTheSessionsTransport() throws IOException {
    try (OpenSession session = SessionFactory.open(scripted(Map.of()))) {
      session.install(null);

      Session.auth().login();
      assertThat(Session.api().config()).isSameAs(session.target().config());
      assertThat(Session.api().get("/notes").status()).isEqualTo(200);
      assertThat(session.requests()).isEqualTo(1);
    }
  }

  @Test
  void use_ofAGivenConfiguration_isRefused_andChangesNothing() {
    OpenSession session =
        SessionFactory.given(
            SessionTestSupport.offlineConfig(), environment(Map.of()), SessionRequest.Answers.ASK);
    SessionTarget before = session.target();

    assertThatThrownBy(() -> session.use("prod"))
        .isInstanceOf(SessionException.class)
        .hasMessageContaining("cannot change");
    assertThat(session.target()).isSameAs(before);
    session.close();
    session.close(); // a second close does nothing
  }

  @Test
  void use_onTheSandboxWithoutAFile_saysThereAreNoProfiles_withAHint() throws IOException {
    try (OpenSession session = SessionFactory.open(scripted(Map.of()))) {
      session.install(null);

      assertThatThrownBy(() -> session.use("prod"))
          .isInstanceOf(SessionException.class)
          .hasMessageContaining("there are no profiles")
          .hasMessageContaining("the built-in sandbox")
          .extracting(e -> ((SessionException) e).hint())
          .asString()
          .contains("/config import PATH");
    }
  }
}
