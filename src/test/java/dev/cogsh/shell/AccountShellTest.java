package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 1 at a real terminal: sign up (the password asked twice, masked), read the code
 * with {@code /codes}, confirm, sign in. The sandbox runs apart; its hook token comes from {@code
 * COGSH_SANDBOX_HOOK_TOKEN}, as for a {@code cogsh sandbox} started in another terminal.
 */
class AccountShellTest {
  private static final String PASSWORD = "Shell-Sign-Up-Passw0rd!";

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void signUp_codeFromCodes_confirm_signIn() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build())) {
      Environment environment =
          new Environment(
              Map.of(SandboxOptions.HOOK_TOKEN_VARIABLE, sandbox.hookToken()), home, home);
      try (ShellDriver shell =
          new ShellDriver(
              ShellDriver.setup(
                  home,
                  SessionFactory.given(
                      sandbox.config(), environment, SessionRequest.Answers.ASK)))) {
        shell.awaitPrompt();
        shell.type("auth.signUp(\"newcomer@example.com\", Map.of())\n");
        shell.await("Password: ");
        shell.type(PASSWORD + "\n");
        shell.await("Password again: ");
        shell.type(PASSWORD + "\n");
        assertThat(shell.awaitPrompt()).contains("Signed up newcomer@example.com");

        shell.type("/codes\n");
        String codes = shell.awaitPrompt();
        Matcher line =
            Pattern.compile("(\\d{6}) +SIGN_UP +EMAIL +newcomer@example.com").matcher(codes);
        assertThat(line.find()).as(codes).isTrue();
        shell.type("sandbox.lastCode(\"newcomer@example.com\")\n");
        assertThat(shell.awaitPrompt()).contains("\"" + line.group(1) + "\"");

        shell.type("auth.confirmSignUp(\"" + line.group(1) + "\")\n");
        assertThat(shell.awaitPrompt()).contains("Confirmed newcomer@example.com");
        shell.type("/login newcomer@example.com\n");
        shell.await("Password: ");
        shell.type(PASSWORD + "\n");
        shell.awaitPrompt();
        shell.type("auth.whoami()\n");
        assertThat(shell.awaitPrompt()).contains("Signed in as newcomer@example.com");
        assertThat(shell.output()).doesNotContain(PASSWORD);
      }
    }
  }

  @Test
  void codes_offTheSandbox_saysSo() {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type("/codes\n");
      assertThat(shell.awaitPrompt())
          .contains("/codes: This session does not run on the sandbox")
          .contains("hint: ")
          .contains("--sandbox");
    }
  }
}
