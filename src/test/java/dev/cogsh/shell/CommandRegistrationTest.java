package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.engine.Outcome;
import dev.cogsh.runtime.SessionTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another room adds its commands by registering them in the table; they run inputs through the same
 * loop as typing and can listen to outcomes (what {@code /replay} and {@code /record} need).
 */
class CommandRegistrationTest {

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  /** A toy replay: runs each line of a file as typed input. */
  private Command replay() {
    return new Command(
        "/lines",
        "FILE",
        "run a script",
        "Runs FILE as if typed.",
        new PathCompletion(home, home),
        (context, file) -> {
          try {
            for (String line : Files.readAllLines(home.resolve(file))) {
              if (!context.run(line)) {
                return false;
              }
            }
            return true;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void registeredCommand_isInHelp_andRunsInputsThroughTheSameLoop() throws IOException {
    Files.writeString(home.resolve("script.jsh"), "int fromScript = 6;\n/vars\nfromScript * 7\n");
    List<Outcome> seen = new ArrayList<>();
    try (ShellDriver shell =
        new ShellDriver(
            ShellDriver.setup(home),
            "dumb",
            table -> {
              table.register(replay());
              table.register(
                  Command.of(
                      "/listen",
                      "record outcomes",
                      "Records.",
                      (context, arguments) -> {
                        context.onOutcome(seen::add);
                        return true;
                      }));
            })) {
      shell.awaitPrompt();
      shell.type("/help\n");
      assertThat(shell.awaitPrompt()).contains("/lines FILE").contains("run a script");
      shell.type("/lis\n");
      shell.awaitPrompt();
      shell.type("/lin script.jsh\n");
      assertThat(shell.awaitPrompt())
          .contains("fromScript ==> 6")
          .contains("int fromScript = 6")
          .contains("==> 42");
      shell.type("/li\n");
      assertThat(shell.awaitPrompt()).contains("ambiguous: /li could be /lines, /listen");
    }
    assertThat(seen)
        .extracting(Outcome::source)
        .containsExactly("int fromScript = 6;", "fromScript * 7");
  }
}
