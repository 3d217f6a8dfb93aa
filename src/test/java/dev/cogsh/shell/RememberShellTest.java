package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /remember}, the banner's line about a remembered session, and {@code /logout}. */
class RememberShellTest {

  @TempDir Path home;
  private Sandbox sandbox;
  private Environment environment;

  @BeforeEach
  void setUp() throws Exception {
    SessionTestSupport.reset();
    sandbox = Sandbox.start(SandboxOptions.builder().build());
    // the same configuration file cogsh sandbox --config-out writes
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
            + "\"}}");
    environment = new Environment(Map.of(), home, home);
  }

  @AfterEach
  void tearDown() {
    SessionTestSupport.reset();
    sandbox.close();
  }

  private ShellDriver shell(boolean remember) throws Exception {
    OpenSession session =
        SessionFactory.open(
            SessionRequest.asking(environment, ConfigRequest.none()).withRemember(remember));
    return new ShellDriver(ShellDriver.setup(home, session));
  }

  @Test
  void rememberCommand_keepsTheSession_theNextShellSaysSo_andLogoutDeletesIt() throws Exception {
    Path sessions = environment.sessionsDir();
    try (ShellDriver shell = shell(false)) {
      assertThat(shell.awaitPrompt()).doesNotContain("remembered session");
      shell.type("/remember\n");
      assertThat(shell.awaitPrompt())
          .contains("remembering the session in ./.local/state/cogsh/sessions/") // cwd is home
          .contains("(owner-only)");
      shell.type("auth.login(\"demo@example.com\", \"Passw0rd!\")\n");
      assertThat(shell.awaitPrompt()).contains("Tokens[user=demo@example.com");
    }
    try (var files = Files.list(sessions)) {
      assertThat(files.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(1);
    }

    SessionTestSupport.reset();
    try (ShellDriver shell = shell(true)) {
      assertThat(shell.awaitPrompt())
          .contains("remembered session of demo@example.com in use: no password needed");
      shell.type("auth.whoami()\n");
      assertThat(shell.awaitPrompt()).contains("Signed in as demo@example.com");
      shell.type("/logout\n");
      assertThat(shell.awaitPrompt()).contains("signed out");
    }
    try (var files = Files.list(sessions)) {
      assertThat(files.filter(p -> p.toString().endsWith(".json")).count()).isZero();
    }
  }
}
