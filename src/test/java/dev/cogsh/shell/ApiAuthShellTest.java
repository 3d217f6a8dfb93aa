package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.ApiKeyPlan;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authorization modes in the shell, through a real terminal: the constants imported by the
 * start-up script, the session's tokens, {@code /explain} naming the mode, and the API key from
 * {@code COGSH_API_KEY} sent but never shown.
 */
class ApiAuthShellTest {

  @TempDir Path home;

  @BeforeEach
  void reset() {
    SessionTestSupport.reset();
  }

  @Test
  void idTokenAndApiKey_modes_work_explainSaysWhy_andTheKeyIsNeverShown() throws IOException {
    Environment environment =
        new Environment(Map.of("COGSH_API_KEY", ApiKeyPlan.DEMO_KEY), home, home);
    OpenSession session =
        SessionFactory.open(SessionRequest.asking(environment, ConfigRequest.none()));
    String screen;
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home, session))) {
      shell.awaitPrompt();
      shell.type("auth.login(\"demo@example.com\", \"Passw0rd!\");\n");
      shell.awaitPrompt();
      shell.type("api.auth(ID_TOKEN).get(\"/cognito/notes\")\n");
      assertThat(shell.awaitPrompt()).contains("200 OK  GET /prod/cognito/notes");
      shell.type("/explain\n");
      assertThat(shell.awaitPrompt())
          .contains("idToken (.auth(ID_TOKEN) on the request)")
          .contains("x-api-key ****");
      shell.type("api.auth(API_KEY).get(\"/apikey/notes\")\n");
      assertThat(shell.awaitPrompt()).contains("200 OK  GET /prod/apikey/notes");
      shell.type("api.auth(ACCESS_TOKEN).get(\"/jwt/notes\")\n");
      assertThat(shell.awaitPrompt()).contains("403 Forbidden").contains("needs scope notes/read");
      shell.type("System.out.println(api.config())\n");
      shell.awaitPrompt();
      shell.type("/exit\n");
      shell.awaitExit();
      screen = shell.output();
    }
    assertThat(screen).doesNotContain(ApiKeyPlan.DEMO_KEY);
  }
}
