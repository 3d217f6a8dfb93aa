package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh run} in a process of its own, ended under a running snippet by {@code SIGTERM},
 * {@code SIGINT} or the snippet's own {@code System.exit}: it says where, prints the summary so
 * far, and the exit status stays 143, 130 or the snippet's.
 */
class RunInterruptionTest {

  private static final Duration WITHIN = Duration.ofSeconds(90);

  @TempDir Path dir;

  /** A running {@code cogsh run}, its stdout and stderr together in a file. */
  private final class Run {
    final Process process;
    final Path output = dir.resolve("output.txt");

    Run(String script) throws IOException {
      Files.writeString(dir.resolve("s.jsh"), script);
      String classPath =
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-XX:TieredStopAtLevel=1",
                      "-Duser.home=" + dir,
                      "-cp",
                      classPath,
                      "dev.cogsh.cli.Main",
                      "run",
                      "s.jsh",
                      "--sandbox"))
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(name -> name.startsWith("COGSH_") || name.startsWith("XDG_"));
      env.put("HOME", dir.toString());
      process = builder.start();
    }

    String text() {
      try {
        return Files.readString(output);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void await(String expected) {
      Instant deadline = Instant.now().plus(WITHIN);
      while (!text().contains(expected)) {
        assertThat(process.isAlive()).as("ended before '%s':\n%s", expected, text()).isTrue();
        assertThat(Instant.now()).as("no '%s' in:\n%s", expected, text()).isBefore(deadline);
        Thread.onSpinWait();
      }
    }

    int exit() throws InterruptedException {
      assertThat(process.waitFor(WITHIN.toSeconds(), TimeUnit.SECONDS)).as(text()).isTrue();
      return process.exitValue();
    }
  }

  private static final String SPINNING =
      "int before = 1;\nSystem.out.println(\"spinning\");\nwhile (true) { Thread.onSpinWait(); }\n";

  @Test
  void sigterm_saysWhereTheRunWas_andPrintsTheSummary_thenExits143() throws Exception {
    Run run = new Run(SPINNING);
    run.await("s.jsh:3>");

    run.process.destroy(); // SIGTERM

    assertThat(run.exit()).as(run.text()).isEqualTo(143);
    assertThat(run.text())
        .contains("cogsh run: interrupted at s.jsh:3")
        .containsPattern(
            "\n3 snippets, \\d+ Cognito calls?, \\d+ API requests?, 0 failed, .* \\(interrupted\\)");
  }

  @Test
  void sigint_saysWhereTheRunWas_andPrintsTheSummary_thenExits130() throws Exception {
    Run run = new Run(SPINNING);
    run.await("s.jsh:3>");

    Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(run.process.pid())).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThat(run.exit()).as(run.text()).isEqualTo(130);
    assertThat(run.text())
        .contains("cogsh run: interrupted at s.jsh:3")
        .containsPattern("\n3 snippets, .* \\(interrupted\\)");
  }

  @Test
  void systemExitInASnippet_isRefused_namesTheCallAndItsLine_andKeepsTheSnippetsStatus()
      throws Exception {
    Run run =
        new Run("int before = 1;\nif (before == 1) {\n  System.exit(3);\n}\nint after = 2;\n");

    assertThat(run.exit()).as(run.text()).isEqualTo(3);
    assertThat(run.text())
        .contains(
            "s.jsh:3: System.exit(3) called: the run ends with status 3\n"
                + "  | if (before == 1) {\n"
                + "  |   System.exit(3);")
        .containsPattern("\n2 snippets, .*1 failed")
        .doesNotContain("interrupted")
        .doesNotContain("after ==>");
  }
}
