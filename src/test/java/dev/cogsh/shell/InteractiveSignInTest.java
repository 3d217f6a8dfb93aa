package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.otp.Totp;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in at a real terminal against the sandbox: a refused answer is asked again. */
class InteractiveSignInTest {
  static final String SECRET = "JBSWY3DPEHPK3PXP";

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void wrongTotpCode_isAskedAgain_withAHintForAuthenticatorCodes() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .userTotp("mfa@example.com", "Mfa-Passw0rd1", SECRET)
                .build())) {
      Environment environment = new Environment(Map.of(), home, home);
      try (ShellDriver shell =
          new ShellDriver(
              ShellDriver.setup(
                  home,
                  SessionFactory.given(
                      sandbox.config(), environment, SessionRequest.Answers.ASK)))) {
        shell.awaitPrompt();
        shell.type("/login mfa@example.com\n");
        shell.await("Password: ");
        shell.type("Mfa-Passw0rd1\n");
        shell.await("Authenticator code: ");
        String wrong = wrongCode();
        shell.type(wrong + "\n");

        String retry = shell.await("try again.");
        assertThat(retry).contains("Wrong code").doesNotContain(wrong); // codes are read masked
        shell.await("Authenticator code: "); // typed at the prompt, as a person would
        String right = Totp.code(SECRET, Instant.now());
        shell.type(right + "\n");
        String output = shell.awaitPrompt();

        assertThat(output).doesNotContain("Mfa-Passw0rd1").doesNotContain(right);
        shell.type("auth.whoami()\n");
        assertThat(shell.awaitPrompt()).contains("Signed in as mfa@example.com");
      }
    }
  }

  @Test
  void setAnswers_isUndoneByInteractive() throws Exception {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type("var shellAnswers = auth.answers();\n");
      shell.awaitPrompt();
      shell.type("auth.setAnswers(ChallengeAnswers.none());\n");
      shell.awaitPrompt();
      shell.type("auth.interactive().answers() == shellAnswers\n");
      assertThat(shell.awaitPrompt()).contains("==> true");
    }
  }

  /** A six-digit code that is none of the codes the sandbox accepts now (±1 step). */
  static String wrongCode() {
    Instant now = Instant.now();
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      boolean accepted = false;
      for (int step = -2; step <= 2; step++) {
        accepted |= code.equals(Totp.code(SECRET, now.plusSeconds(30L * step)));
      }
      if (!accepted) {
        return code;
      }
    }
  }
}
