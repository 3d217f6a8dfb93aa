package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 items 4 and 5: a slash command's secret --param is kept masked; /replay masks it. */
class SecretParamHistoryTest {

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void replayWithASecretParam_isKeptMasked_andItsValueIsNeverShown() throws IOException {
    Files.writeString(home.resolve("s.jsh"), "var pw = param(\"PASSWORD\");\npw\n");
    String typed = "/replay s.jsh --param PASSWORD=Passw0rd!";
    String shown;
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type(typed + "\n");
      String replayed = shell.awaitPrompt();
      assertThat(replayed).contains("pw ==> \"****\"");
      shell.type("/history\n");
      shown = shell.awaitPrompt();
    }
    assertThat(shown).contains("/replay s.jsh --param PASSWORD=****");
    String history = Files.readString(home.resolve(".local/share/cogsh/history"));
    assertThat(history).contains("--param PASSWORD=****").doesNotContain("Passw0rd!");
  }
}
