package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choice-based sign-in at a real terminal against the sandbox: the numbered menu, then a code. */
class ChoiceSignInShellTest {

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void userAuth_showsANumberedMenu_andTheEmailedCodeSignsIn() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build());
        ShellDriver shell = shell(sandbox, "USER_AUTH")) {
      shell.awaitPrompt();
      shell.type("/login " + SandboxOptions.DEMO_USER + "\n");

      String menu = shell.await("Sign in with [1]: ");
      assertThat(menu)
          .contains("Choose how demo@example.com signs in:")
          .contains("1) PASSWORD_SRP")
          .contains("3) EMAIL_OTP     a code sent by e-mail")
          .contains("4) WEB_AUTHN");
      shell.type("3\n");
      shell.await("E-mail code sent to d***@e***: ");
      shell.type(lastCode(sandbox) + "\n");
      shell.awaitPrompt();

      shell.type("auth.whoami()\n");
      assertThat(shell.awaitPrompt()).contains("Signed in as demo@example.com");
    }
  }

  @Test
  void passwordSrp_fromTheMenu_asksForThePasswordMasked() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build());
        ShellDriver shell = shell(sandbox, "USER_AUTH")) {
      shell.awaitPrompt();
      shell.type("/login " + SandboxOptions.DEMO_USER + "\n");
      shell.await("Sign in with [1]: ");
      shell.type("\n"); // the first: PASSWORD_SRP
      shell.await("Password: ");
      shell.type(SandboxOptions.DEMO_PASSWORD + "\n");
      String output = shell.awaitPrompt();

      assertThat(output).doesNotContain(SandboxOptions.DEMO_PASSWORD);
      shell.type("auth.whoami()\n");
      assertThat(shell.awaitPrompt()).contains("Signed in as demo@example.com");
    }
  }

  @Test
  void loginWithAChoiceName_isTypedBareInTheShell() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build());
        ShellDriver shell = shell(sandbox, "USER_SRP_AUTH")) {
      shell.awaitPrompt();
      shell.type("auth.login(\"demo@example.com\", EMAIL_OTP)\n");
      shell.await("E-mail code sent to d***@e***: ");
      shell.type(lastCode(sandbox) + "\n");
      shell.awaitPrompt();

      shell.type("auth.whoami()\n");
      assertThat(shell.awaitPrompt()).contains("Signed in as demo@example.com");
    }
  }

  private ShellDriver shell(Sandbox sandbox, String flow) throws Exception {
    Environment environment = new Environment(Map.of(), home, home);
    return new ShellDriver(
        ShellDriver.setup(
            home,
            SessionFactory.given(
                sandbox.config().withAuthFlow(flow), environment, SessionRequest.Answers.ASK)));
  }

  /** The newest EMAIL_OTP code at the sandbox's {@code /_sandbox/messages}. */
  private static String lastCode(Sandbox sandbox) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/_sandbox/messages"))
                    .header("x-cogsh-sandbox-token", sandbox.hookToken())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String code = null;
    for (JsonNode m : new ObjectMapper().readTree(r.body())) {
      if (m.path("purpose").asText().equals("EMAIL_OTP")) {
        code = m.path("code").asText();
      }
    }
    assertThat(code).as("an e-mailed code").isNotNull();
    return code;
  }
}
