package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tab at a terminal that redraws as keys come (a dumb one shows a line only once it is accepted).
 */
class CompletionTest {

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  private ShellDriver shell() {
    ShellDriver shell = new ShellDriver(ShellDriver.setup(home), "xterm-256color");
    shell.awaitPrompt();
    return shell;
  }

  @Test
  void tab_afterASessionObjectAndADot_listsItsMethods() {
    try (ShellDriver shell = shell()) {
      shell.type("auth.\t");
      assertThat(shell.await(ConsoleInput.PROMPT + "auth."))
          .contains("validTokens()")
          .contains("whoami()")
          .contains("login(")
          .contains("logout()")
          .contains("idToken()")
          .contains("refresh()");
    }
  }

  @Test
  void tab_afterApiAndADot_listsItsMethods() {
    try (ShellDriver shell = shell()) {
      shell.type("api.\t");
      // the list is printed above the prompt, which is then drawn again
      assertThat(shell.await(ConsoleInput.PROMPT + "api."))
          .contains("throwOnError(")
          .contains("get(")
          .contains("post(")
          .contains("put(")
          .contains("delete(")
          .contains("request(")
          .contains("explain()")
          .contains("curl(")
          .contains("diff()")
          .contains("last()")
          .contains("clockOffset(");
    }
  }

  @Test
  void tab_withOneCandidate_completesTheWord() {
    try (ShellDriver shell = shell()) {
      shell.type("String word = \"abc\"\n");
      shell.await("word ==> \"abc\"");
      shell.type("word.len\t\n");
      assertThat(shell.await("==> 3")).contains("word.length()");
    }
  }

  @Test
  void secondTab_showsTheSignatures() {
    try (ShellDriver shell = shell()) {
      shell.type("Math.abs(\t\t");
      assertThat(shell.await("double Math.abs(double a)")).contains("int Math.abs(int a)");
    }
  }

  @Test
  void tab_completesACommandName_andItsArgument() {
    try (ShellDriver shell = shell()) {
      shell.type("/he\tlogi\t\n");
      assertThat(shell.await("auth.login(\"user\")"))
          .contains("/login [user | --browser [--no-browser] [provider]]");
    }
  }

  @Test
  void tab_completesTheConfiguredUserForLogin() {
    try (ShellDriver shell = shell()) {
      shell.type("/login t\t");
      assertThat(shell.await("tester@example.com")).isNotNull();
    }
  }
}
