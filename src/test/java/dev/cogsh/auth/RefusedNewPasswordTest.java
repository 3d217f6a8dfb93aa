package dev.cogsh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.human.SecretRegistry;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 8: at a terminal, a new password Cognito refuses is asked for again (masked), never
 * answered with a hint to type {@code auth.newPassword("…")}. Against the sandbox's User Pool.
 */
class RefusedNewPasswordTest {

  /** A terminal that answers from a list and keeps what it was asked and told. */
  static final class Typed implements Prompter {
    final Deque<String> answers;
    final List<String> said = new ArrayList<>();
    final List<String> secretPrompts = new ArrayList<>();

    Typed(String... answers) {
      this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public String readLine(String prompt) {
      said.add(prompt);
      return answers.poll();
    }

    @Override
    public String readSecret(String prompt) {
      secretPrompts.add(prompt);
      return answers.poll();
    }

    @Override
    public void println(String text) {
      said.add(text);
    }
  }

  @Test
  void aRefusedNewPassword_isAskedForAgainMasked_thenSignsIn() throws Exception {
    Typed terminal = new Typed("weak", "weak", "Str0ng-Enough!", "Str0ng-Enough!");
    SecretRegistry registry = new SecretRegistry();
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder().userNewPassword("fresh@example.com", "Temp0rary!").build())) {
      Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.interactive(terminal));
      auth.secrets(registry);

      Tokens tokens = auth.login("fresh@example.com", "Temp0rary!");

      assertThat(tokens.idToken()).isNotNull();
      assertThat(terminal.secretPrompts)
          .containsExactly(
              "New password: ", "New password again: ", "New password: ", "New password again: ");
      assertThat(String.join("\n", terminal.said))
          .contains("refused the new password")
          .doesNotContain("auth.newPassword(");
      assertThat(registry.contains("Temp0rary!")).isTrue();
      assertThat(registry.contains(tokens.idToken().raw())).isTrue();
      assertThat(registry.contains(tokens.refreshToken())).isTrue();
    }
  }

  @Test
  void giveUpAtTheTerminal_hintsAtLoginAgain_notAtATypedLiteral() throws Exception {
    Typed terminal = new Typed("");
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder().userNewPassword("fresh@example.com", "Temp0rary!").build())) {
      Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.interactive(terminal));

      assertThatThrownBy(() -> auth.login("fresh@example.com", "Temp0rary!"))
          .isInstanceOfSatisfying(
              AuthException.class,
              e -> assertThat(e.hint()).contains("auth.login()").doesNotContain("newPassword("));
    }
  }
}
