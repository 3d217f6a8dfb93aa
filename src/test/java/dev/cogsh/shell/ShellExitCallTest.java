package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code System.exit} typed at the prompt, through the real terminal harness in this JVM (were the
 * call not refused, it would end the test run): an error naming the call, and the shell goes on.
 */
class ShellExitCallTest {

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void systemExit_isAnErrorNamingTheCall_andTheShellKeepsRunning() {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type("int before = 1\n");
      shell.awaitPrompt();

      shell.type("System.exit(3)\n");
      assertThat(shell.awaitPrompt())
          .contains(
              "System.exit(3) at line 1 of the snippet; the shell keeps running — /exit to leave")
          .contains("hint: /exit 3 leaves cogsh with this status");

      shell.type("before + 1\n");
      assertThat(shell.awaitPrompt()).contains("==> 2");
      shell.type("/exit\n");
      assertThat(shell.awaitExit()).isZero();
    }
  }

  @Test
  void runtimeHaltInADeclaredMethod_isRefusedWhereItIsCalled() {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type("void quit() {\n  Runtime.getRuntime().halt(4);\n}\n");
      shell.awaitPrompt();

      shell.type("try { quit(); } catch (Exception e) { System.out.println(\"caught\"); }\n");
      String shown = shell.awaitPrompt();
      assertThat(shown)
          .contains("Runtime.halt(4) at line 1 of the snippet")
          .doesNotContainPattern("(?m)^caught$");

      shell.type("/exit 5\n");
      assertThat(shell.awaitExit()).isEqualTo(5);
    }
  }
}
