package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh run} with a snippet that calls {@code System.exit}, in this JVM: the call is
 * refused, reported at its exact {@code FILE:LINE}, the run stops there (even with {@code
 * --keep-going}), the summary is printed, and the status is the snippet's.
 */
class RunExitCallTest {

  @TempDir Path dir;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void systemExit_endsTheRunWithItsStatus_atItsLine_afterTheSummary() {
    RunHarness harness = new RunHarness(dir);
    String script =
        harness.script(
            "exit.jsh",
            "int before = 1;\n"
                + "System.out.println(\"before \" + before);\n"
                + "// leaving\n"
                + "if (before == 1) {\n"
                + "  Runtime.getRuntime().exit(7);\n"
                + "}\n"
                + "System.out.println(\"after\");\n");

    RunHarness.Run run = harness.run(script, "--sandbox", "--keep-going");

    assertThat(run.status()).as(run.toString()).isEqualTo(7);
    assertThat(run.out()).contains("before 1").doesNotContain("after").contains("3 snippets");
    assertThat(run.err())
        .contains("exit.jsh:5: Runtime.exit(7) called: the run ends with status 7")
        .doesNotContain("the shell keeps running");
  }
}
