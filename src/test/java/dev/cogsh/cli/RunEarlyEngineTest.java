package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh run} starts its engine before the session opens and hands it the start-up scripts
 * later: they still run before the script's first snippet, and a failing start-up line is still
 * reported, without stopping the run.
 */
class RunEarlyEngineTest {

  @TempDir Path home;

  @Test
  void startupScripts_runBeforeTheFirstSnippet_andTheirFailureIsReported() {
    RunHarness harness = new RunHarness(home);
    harness.script(
        ".config/cogsh/startup.jsh",
        """
        int fromStartup = 41;
        int broken = "not a number";
        """);
    String script =
        harness.script(
            "uses-startup.jsh",
            """
            System.out.println("sum " + (fromStartup + 1));
            System.out.println(auth.getClass().getSimpleName());
            """);

    RunHarness.Run run = harness.run("--sandbox", script);

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).contains("sum 42").contains("Auth");
    assertThat(run.out() + run.err()).as(run.toString()).contains("startup.jsh:2");
  }

  @Test
  void aConfigurationThatDoesNotLoad_endsTheRunWithUsage_andTheEarlyEngine() {
    RunHarness harness = new RunHarness(home);
    String script = harness.script("one.jsh", "System.out.println(1);\n");

    RunHarness.Run run = harness.run("--config", "missing.json", script);

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err()).as(run.toString()).contains("missing.json");
    assertThat(run.out()).as(run.toString()).doesNotContain("1 snippet");
  }
}
