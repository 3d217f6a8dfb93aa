package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every script in {@code scripts/examples/} replays green against a fresh sandbox, run as its own
 * {@code // Run: cogsh run …} comment says: a new example is covered by being there, and an example
 * never rots.
 */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("scripts/examples");
  private static final String RUN = "Run: cogsh run ";

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_replaysGreenAgainstTheSandbox(Path example) throws IOException {
    List<String> args = runArguments(Files.readString(example));
    assertThat(args).as("the // Run: cogsh run … comment of " + example).contains("--sandbox");

    RunHarness.Run run = new RunHarness(home).run(withPath(args, example));

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .as(run.toString())
        .containsPattern("\n\\d+ snippets, \\d+ Cognito calls?, \\d+ API requests?, 0 failed");
  }

  @Test
  void examples_includeTheFourScenarios() throws IOException {
    assertThat(examples().map(p -> p.getFileName().toString()))
        .contains("notes-crud.jsh", "totp-mfa.jsh", "guest.jsh", "broken-signature.jsh")
        .contains("sign-up.jsh", "forgot-password.jsh", "email-otp.jsh", "remembered-device.jsh");
  }

  @Test
  void runArguments_joinContinuedLines() {
    assertThat(
            runArguments(
                "// Title\n//\n// Run: cogsh run a.jsh --sandbox \\\n//        --param X=1\nx();\n"))
        .containsExactly("a.jsh", "--sandbox", "--param", "X=1");
  }

  /**
   * The arguments of the script's {@code // Run: cogsh run …} comment (continued with {@code \}).
   */
  static List<String> runArguments(String text) {
    List<String> lines = text.lines().toList();
    StringBuilder command = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      int at = lines.get(i).indexOf(RUN);
      if (at < 0) {
        continue;
      }
      String line = lines.get(i).substring(at + RUN.length());
      while (line.stripTrailing().endsWith("\\") && i + 1 < lines.size()) {
        String stripped = line.stripTrailing();
        command.append(stripped, 0, stripped.length() - 1).append(' ');
        line = lines.get(++i).replaceFirst("^\\s*//", "");
      }
      command.append(line);
      break;
    }
    String all = command.toString().strip();
    return all.isEmpty() ? List.of() : Arrays.asList(all.split("\\s+"));
  }

  /** The arguments with the script's path as this test sees it. */
  private static String[] withPath(List<String> args, Path example) {
    List<String> resolved = new ArrayList<>();
    for (String arg : args) {
      resolved.add(arg.endsWith(".jsh") ? example.toAbsolutePath().toString() : arg);
    }
    return resolved.toArray(String[]::new);
  }
}
