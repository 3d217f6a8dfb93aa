package dev.cogsh.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.api.ApiException;
import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.Session;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cogsh.json's {@code trustedHosts} reach the session's {@code api}, also after /config use. */
class TrustedHostsSessionTest {

  @TempDir Path home;
  private Sandbox sandbox;

  @BeforeEach
  void start() throws Exception {
    SessionTestSupport.reset();
    sandbox = Sandbox.start(SandboxOptions.builder().build());
    Files.writeString(
        home.resolve("cogsh.json"),
        "{\"userPoolId\":\""
            + sandbox.config().userPoolId()
            + "\",\"appClientId\":\""
            + sandbox.config().appClientId()
            + "\",\"identityPoolId\":\""
            + sandbox.config().identityPoolId()
            + "\",\"apiUrl\":\""
            + sandbox.config().apiUrl()
            + "\",\"username\":\"demo@example.com\",\"endpoints\":{\"cognitoIdp\":\""
            + sandbox.endpoint()
            + "\",\"cognitoIdentity\":\""
            + sandbox.endpoint()
            + "\"},\"trustedHosts\":[\"*.partner.example.com\"],"
            + "\"profiles\":{\"dev\":{\"trustedHosts\":[\"dev.example.net\"]}}}");
  }

  @AfterEach
  void stop() {
    SessionTestSupport.reset();
    sandbox.close();
  }

  @Test
  void aTrustedHost_isSigned_anotherIsRefused_andTheProfileAddsItsOwn() throws Exception {
    try (OpenSession session =
        SessionFactory.open(
            new SessionRequest(
                new Environment(Map.of("COGSH_PASSWORD", SandboxOptions.DEMO_PASSWORD), home, home),
                ConfigRequest.none(),
                SandboxOptions.builder().build(),
                SessionRequest.Answers.SCRIPTED))) {
      session.install(null);
      Session.auth().login();

      assertThat(Session.api().trustedHosts()).containsExactly("*.partner.example.com");
      assertThat(Session.api().request("GET", "https://api.partner.example.com/x").sign().trace())
          .isNotNull();
      assertThatThrownBy(() -> Session.api().request("GET", "https://dev.example.net/x").sign())
          .isInstanceOf(ApiException.class)
          .hasMessageStartingWith("dev.example.net is neither the configured API");

      session.use("dev");

      assertThat(Session.api().trustedHosts())
          .containsExactlyInAnyOrder("*.partner.example.com", "dev.example.net");
    }
  }
}
