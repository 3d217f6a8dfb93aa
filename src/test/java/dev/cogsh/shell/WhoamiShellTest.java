package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /whoami --iam} in the real shell, on the built-in sandbox. */
class WhoamiShellTest {

  @TempDir Path home;

  @BeforeEach
  @AfterEach
  void forget() {
    SessionTestSupport.reset();
  }

  @Test
  void whoamiIam_showsTheAssumedRolesArn_andAnUnknownArgumentIsRefused() throws Exception {
    OpenSession session =
        SessionFactory.open(
            SessionRequest.asking(new Environment(Map.of(), home, home), ConfigRequest.none()));
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home, session))) {
      shell.awaitPrompt();
      shell.type("auth.login(\"demo@example.com\", \"Passw0rd!\")\n");
      assertThat(shell.awaitPrompt()).contains("Tokens[user=demo@example.com");

      shell.type("/whoami --iam\n");
      assertThat(shell.awaitPrompt())
          .contains(
              "arn:aws:sts::123456789012:assumed-role/Cognito_sandboxAuth_Role/"
                  + "CognitoIdentityCredentials")
          .contains("account 123456789012, role Cognito_sandboxAuth_Role");

      shell.type("/whoami --aws\n");
      assertThat(shell.awaitPrompt())
          .contains("/whoami: unknown argument '--aws'")
          .contains("hint: /whoami, or /whoami --iam");
    }
  }
}
