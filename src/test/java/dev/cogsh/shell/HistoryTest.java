package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history file: in the user's data directory, private, and never holding a secret literal. */
class HistoryTest {

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void snippetWithAPasswordLiteral_neverReachesTheHistoryFile() throws IOException {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type("1 + 2\n");
      shell.awaitPrompt();
      shell.type("auth.login(\"u\", \"secret-pw\")\n");
      shell.awaitPrompt();
      shell.type("String note = \"kept\"\n");
      shell.awaitPrompt();
      shell.type("/history\n");
      assertThat(shell.awaitPrompt()).contains("1 + 2").doesNotContain("secret-pw");
    }
    Path file = home.resolve(".local/share/cogsh/history");
    String history = Files.readString(file);
    assertThat(history)
        .contains("1 + 2")
        .contains("String note = \"kept\"")
        .doesNotContain("secret-pw");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void history_followsXdgDataHome_andIsThereNextTime() throws IOException {
    Path data = home.resolve("xdg-data");
    ShellSetup.Builder setup =
        ShellDriver.setup(home)
            .directories(
                UserDirectories.of(
                    new Environment(Map.of("XDG_DATA_HOME", data.toString()), home, home)));
    try (ShellDriver shell = new ShellDriver(setup)) {
      shell.awaitPrompt();
      shell.type("int remembered = 1\n");
      shell.awaitPrompt();
    }
    assertThat(Files.readString(data.resolve("cogsh/history"))).contains("int remembered = 1");

    SessionTestSupport.reset();
    try (ShellDriver shell = new ShellDriver(setup)) {
      shell.awaitPrompt();
      shell.type("/history\n");
      assertThat(shell.awaitPrompt()).contains("int remembered = 1");
    }
  }

  @Test
  void unwritableHistoryFolder_isSaidOnceInOneLine_withoutAStackTrace() throws IOException {
    // A file where the data folder should be: unwritable even for root, unlike a chmod.
    Files.createDirectories(home.resolve(".local"));
    Files.writeString(home.resolve(".local/share"), "not a folder");
    String output;
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type("1 + 2\n");
      assertThat(shell.awaitPrompt()).contains("3");
      shell.type("int x = 4\n");
      shell.awaitPrompt();
      shell.type("/exit\n");
      shell.awaitExit();
      output = shell.output();
    }
    String history = home.resolve(".local/share/cogsh/history").toString();
    assertThat(output)
        .doesNotContain("Failed to save history")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(output.lines().filter(line -> line.contains("history not")))
        .containsExactly(
            "cogsh: history not saved: "
                + history
                + ": not a directory (this session's history is kept in memory only; make the folder"
                + " writable or set XDG_DATA_HOME to a writable folder)");
  }
}
