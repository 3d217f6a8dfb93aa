package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh run} compiles consecutive statements together, and what it prints stays byte for
 * byte what {@code --no-batch} (each statement on its own) prints.
 */
class RunBatchTest {

  @TempDir Path dir;
  private RunHarness harness;

  @BeforeEach
  void setUp() {
    SessionTestSupport.reset();
    harness = new RunHarness(dir);
  }

  /**
   * Batches: 2-4, 9-14 (12 fails; with --keep-going 13-14 are a new batch), 16-17 (16 does not
   * compile).
   */
  private static final String MIXED =
      "int n = 0;\n"
          + "n += 1;\n"
          + "System.out.println(\"between \" + n);\n"
          + "n++;\n"
          + "String[] names = {\"ada\", null};\n"
          + "names[1] = \"bob\";\n"
          + "names;\n"
          + "'c';\n"
          + "for (int i = 0; i < 2; i++) {\n"
          + "  System.out.println(\"loop \" + i);\n"
          + "}\n"
          + "Integer.parseInt(\"not a number\");\n"
          + "n = 42;\n"
          + "System.err.println(\"to stderr\");\n"
          + "int m = 1;\n"
          + "n += undefined;\n"
          + "String.valueOf(n);\n";

  /** The run's output without what differs from run to run (the sandbox's port, the time). */
  private static String stable(String text) {
    return text.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT")
        .replaceAll("failed, [0-9.]+ ?(ms|s)", "failed, TIME");
  }

  @Test
  void aMixedScript_printsExactlyWhatItPrintsOneByOne() {
    String file = harness.script("mixed.jsh", MIXED);

    RunHarness.Run batched = harness.run(file, "--sandbox", "--keep-going");
    SessionTestSupport.reset();
    RunHarness.Run alone = harness.run(file, "--sandbox", "--keep-going", "--no-batch");

    assertThat(batched.status()).as(batched.toString()).isEqualTo(1);
    assertThat(stable(batched.out())).isEqualTo(stable(alone.out()));
    assertThat(stable(batched.err())).isEqualTo(stable(alone.err()));
    assertThat(batched.out())
        .contains("$1 ==> 1\nmixed.jsh:3> System.out.println(\"between \" + n);\nbetween 1\n")
        .contains("names ==> String[2] { \"ada\", \"bob\" }")
        .contains("$4 ==> 'c'")
        .contains("loop 0\nloop 1\n")
        .contains("n ==> 42")
        .contains("$6 ==> \"42\"");
    assertThat(batched.err())
        .contains("mixed.jsh:12: NumberFormatException: For input string: \"not a number\"")
        .contains("to stderr")
        .contains("mixed.jsh:16: does not compile: cannot find symbol (variable undefined)");
  }

  @Test
  void anExitCallInABatch_endsTheRunAtItsLine() {
    String file =
        harness.script(
            "exit.jsh",
            "int n = 0;\n"
                + "n += 1;\n"
                + "if (n == 1) {\n"
                + "  System.exit(5);\n"
                + "}\n"
                + "System.out.println(\"after\");\n");

    RunHarness.Run run = harness.run(file, "--sandbox", "--keep-going");

    assertThat(run.status()).as(run.toString()).isEqualTo(5);
    assertThat(run.out()).doesNotContain("after").contains("3 snippets");
    assertThat(run.err()).contains("exit.jsh:4: System.exit(5) called: the run ends with status 5");
  }

  @Test
  void aSecretLiteralInABatch_isRegisteredBeforeItsStepIsEchoedOrRuns() {
    String file =
        harness.script(
            "secret.jsh",
            "int n = 0;\n"
                + "n += 1;\n"
                + "auth.login(\"bob\", \"S3cure-Pass!\");\n"
                + "System.out.println(\"S3cure\" + \"-Pass!\");\n");

    RunHarness.Run run = harness.run(file, "--sandbox", "--keep-going");

    assertThat(run.out()).contains("auth.login(\"bob\", \"****\")");
    assertThat(run.out() + run.err()).doesNotContain("S3cure-Pass!");
  }

  @Test
  void theSnippetTimeout_stopsTheStepOfTheBatchThatRuns() {
    String file =
        harness.script(
            "spin.jsh",
            "int n = 0;\n"
                + "n += 1;\n"
                + "while (n > 0) { Thread.onSpinWait(); }\n"
                + "n += 1;\n"
                + "System.out.println(\"after \" + n);\n");

    // the first step's limit counts the batch's compilation too: room for a loaded machine
    RunHarness.Run run = harness.run(file, "--sandbox", "--snippet-timeout", "3s", "--keep-going");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("spin.jsh:3: timed out (--snippet-timeout 3.0s)");
    assertThat(run.out()).contains("$2 ==> 2").contains("after 2");
  }

  @Test
  void theRunTimeout_stopsTheBatchAtTheStepItReached_evenWithKeepGoing() {
    String file =
        harness.script(
            "long.jsh",
            "int n = 0;\n"
                + "n += 1;\n"
                + "while (n > 0) { Thread.onSpinWait(); }\n"
                + "n += 1;\n"
                + "System.out.println(\"after \" + n);\n");

    // long enough for the batch to be compiled first on a loaded machine: a limit reached while
    // it is compiled stops its first step (line 2), which is right but not what this test is about
    RunHarness.Run run = harness.run(file, "--sandbox", "--timeout", "5s", "--keep-going");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("long.jsh:3: timed out (--timeout 5.0s)");
    assertThat(run.out()).doesNotContain("long.jsh:4>").containsPattern("\n3 snippets, .*1 failed");
  }
}
