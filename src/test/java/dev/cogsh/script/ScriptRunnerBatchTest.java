package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.engine.BatchResult;
import dev.cogsh.engine.BatchStep;
import dev.cogsh.engine.Engine;
import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.StepListener;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runner compiles runs of consecutive statements together ({@link SnippetEvaluator#evalBatch})
 * while its listener hears exactly what it hears when they run one by one.
 */
class ScriptRunnerBatchTest {

  private Engine engine;

  @BeforeEach
  void start() {
    engine = ScriptEngines.start();
    engine.awaitReady();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  /** Everything the listener hears, as lines. */
  private static final class Transcript implements RunListener {
    final List<String> lines = new ArrayList<>();

    @Override
    public void snippetStarted(ScriptSnippet snippet, int index, int total) {
      lines.add(index + "/" + total + " " + snippet.location());
    }

    @Override
    public void snippetSucceeded(ScriptSnippet snippet, Outcome outcome) {
      lines.add(
          outcome instanceof Outcome.Value value
              ? value.name() + " ==> " + value.value()
              : outcome.getClass().getSimpleName());
    }

    @Override
    public void snippetFailed(Failure failure) {
      lines.add(failure.report());
    }
  }

  private RunReport run(Engine target, String text, RunOptions options, Transcript transcript) {
    SnippetEvaluator evaluator =
        new SnippetEvaluator() {
          @Override
          public Outcome eval(String source) {
            return target.eval(source);
          }

          @Override
          public BatchResult evalBatch(List<BatchStep> steps, StepListener listener) {
            return target.evalBatch(steps, listener);
          }
        };
    ScriptRunner runner =
        new ScriptRunner(
            new ScriptSplitter(target::split),
            evaluator,
            line -> true,
            transcript,
            Clock.systemUTC(),
            target::stop);
    return runner.run(List.of(new Script("t.jsh", text)), options);
  }

  @Test
  void aReplayOfManyStatements_makesFarFewerEvaluations() {
    String script = "int n = 0;\n" + "n += 1;\n".repeat(300);
    long before = engine.evaluations();

    RunReport report = run(engine, script, RunOptions.defaults(), new Transcript());

    assertThat(report.succeeded()).isTrue();
    assertThat(report.snippets()).isEqualTo(301);
    assertThat(engine.evaluations() - before).as("1 declaration, 3 batches").isEqualTo(4);
    assertThat(engine.eval("n").toString()).contains("value=300");
  }

  @Test
  void withoutBatches_eachStatementIsAnEvaluation() {
    String script = "int n = 0;\n" + "n += 1;\n".repeat(30);
    long before = engine.evaluations();

    run(engine, script, RunOptions.defaults().withBatch(false), new Transcript());

    assertThat(engine.evaluations() - before).isEqualTo(31);
  }

  private static final String MIXED =
      "int n = 0;\n"
          + "n += 1;\n"
          + "n++;\n"
          + "n = 5;\n"
          + "System.out.print(\"\");\n"
          + "String s = \"a\";\n"
          + "s += 'b';\n"
          + "if (n > 0) {\n"
          + "  n += Integer.parseInt(s);\n"
          + "}\n"
          + "n += 1;\n"
          + "Math.max(n, 1);\n"
          + "undefinedCall(n);\n"
          + "n += 2;\n"
          + "List.of(n);\n";

  @Test
  void aMixedScript_isHeardExactlyAsOneByOne_failuresAndCompileErrorsAtTheirLines() {
    Transcript batched = new Transcript();
    Transcript alone = new Transcript();
    RunOptions keepGoing = new RunOptions(Parameters.NONE, true);

    run(engine, MIXED, keepGoing, batched);
    try (Engine other = ScriptEngines.start()) {
      run(other, MIXED, keepGoing.withBatch(false), alone);
    }

    assertThat(batched.lines).isEqualTo(alone.lines);
    assertThat(String.join("\n", batched.lines))
        .contains("t.jsh:8: NumberFormatException: For input string: \"ab\"")
        .contains("t.jsh:13: does not compile: cannot find symbol (method undefinedCall(int))")
        .contains("$6 ==> 8", "$7 ==> [8]");
  }

  @Test
  void aFailureInABatch_stopsTheRunThere() {
    Transcript transcript = new Transcript();

    RunReport report =
        run(
            engine,
            "int n = 0;\nn += 1;\nInteger.parseInt(\"x\");\nn += 1;\n",
            RunOptions.defaults(),
            transcript);

    assertThat(report.snippets()).isEqualTo(3);
    assertThat(transcript.lines).noneMatch(line -> line.contains("t.jsh:4"));
    assertThat(engine.eval("n").toString()).contains("value=1");
  }

  @Test
  void theSnippetTimeout_countsPerStep_notPerBatch() {
    Transcript transcript = new Transcript();
    RunOptions options = new RunOptions(Parameters.NONE, true, null, Duration.ofMillis(2500));

    RunReport report =
        run(
            engine,
            "int n = 0;\n"
                + "Thread.sleep(900);\n".repeat(4)
                + "while (n == 0) { Thread.onSpinWait(); }\n"
                + "n += 1;\n",
            options,
            transcript);

    assertThat(report.failures()).hasSize(1);
    assertThat(report.failures().get(0).report())
        .startsWith("t.jsh:6: timed out (--snippet-timeout 2.5s)");
    assertThat(transcript.lines).contains("7/7 t.jsh:7", "$1 ==> 1");
  }
}
