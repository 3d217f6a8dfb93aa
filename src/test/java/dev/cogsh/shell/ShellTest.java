package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell driven through a dumb terminal, as a person would use it. */
public class ShellTest {

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void expression_printsItsValue() {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type("1 + 2\n");
      assertThat(shell.awaitPrompt()).contains("$1 ==> 3");
    }
  }
}
