package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh run --timeout} and {@code --snippet-timeout}: failures at the FILE:LINE they stop.
 */
class RunTimeoutTest {

  private static final String SPIN = "while (true) { Thread.onSpinWait(); }\n";

  @TempDir Path dir;
  private RunHarness harness;

  @BeforeEach
  void setUp() {
    SessionTestSupport.reset();
    harness = new RunHarness(dir);
  }

  @Test
  void snippetTimeout_stopsTheSnippet_andReportsItAtItsLine() {
    String file = harness.script("spin.jsh", "int before = 1;\n" + SPIN + "int after = 2;\n");

    RunHarness.Run run = harness.run(file, "--sandbox", "--snippet-timeout", "1s");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("spin.jsh:2: timed out (--snippet-timeout 1.0s)\n  | while (true) {");
    assertThat(run.out()).doesNotContain("spin.jsh:3>").containsPattern("\n2 snippets, .*1 failed");
  }

  @Test
  void snippetTimeout_withKeepGoing_goesOnToTheNextSnippet() {
    String file = harness.script("spin.jsh", SPIN + "int after = 2;\n");

    RunHarness.Run run =
        harness.run(file, "--sandbox", "--snippet-timeout", "500ms", "--keep-going");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("spin.jsh:1: timed out (--snippet-timeout 500 ms)");
    assertThat(run.out()).contains("after ==> 2").containsPattern("\n2 snippets, .*1 failed");
  }

  @Test
  void runTimeout_stopsTheRun_evenWithKeepGoing_atTheLineItReached() {
    String file = harness.script("long.jsh", "int before = 1;\n" + SPIN + "int after = 2;\n");

    RunHarness.Run run = harness.run(file, "--sandbox", "--timeout", "2s", "--keep-going");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("long.jsh:2: timed out (--timeout 2.0s)");
    assertThat(run.out()).doesNotContain("long.jsh:3>").containsPattern("\n2 snippets, .*1 failed");
  }

  @Test
  void aLimitReachedWhileTheSnippetIsCompiled_stillStopsIt_onceItRuns() {
    // 1 ms ends while JShell still compiles the snippet, when a single stop reaches nothing
    String file = harness.script("sleepy.jsh", "Thread.sleep(30_000);\nint after = 2;\n");
    long started = System.nanoTime();

    RunHarness.Run run = harness.run(file, "--sandbox", "--snippet-timeout", "1ms");

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(took).as(run.toString()).isLessThan(Duration.ofSeconds(20));
    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("sleepy.jsh:1: timed out (--snippet-timeout 1 ms)");
    assertThat(run.out()).doesNotContain("sleepy.jsh:2>");
  }

  @Test
  void badDuration_isAUsageError_sayingWhatItTakes() {
    String file = harness.script("one.jsh", "int one = 1;\n");

    RunHarness.Run run = harness.run(file, "--sandbox", "--timeout", "soon");

    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.err())
        .contains("--timeout takes a positive duration such as 90s, 15m or 1h, not 'soon'");
  }
}
