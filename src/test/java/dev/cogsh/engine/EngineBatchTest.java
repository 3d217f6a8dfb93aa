package dev.cogsh.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine#evalBatch}: many statements in one JShell evaluation, each heard as it starts and
 * ends, with the outcome it has when evaluated alone.
 */
class EngineBatchTest {

  private Engine engine;

  @BeforeEach
  void start() {
    engine = Engine.start(EngineTest.options(snippets -> List.of()));
    engine.awaitReady();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  /** What a listener heard, in order: {@code started 0}, {@code $1 ==> 1}, {@code executed 1}. */
  private static final class Heard implements StepListener {
    final List<String> events = new ArrayList<>();
    final CountDownLatch secondStarted = new CountDownLatch(1);

    @Override
    public void started(int step) {
      events.add("started " + step);
      if (step == 1) {
        secondStarted.countDown();
      }
    }

    @Override
    public void finished(int step, Outcome outcome) {
      events.add(text(outcome));
    }
  }

  private static String text(Outcome outcome) {
    return outcome instanceof Outcome.Value value
        ? value.name() + " ==> " + value.value() + (value.temporary() ? " (temporary)" : "")
        : outcome.getClass().getSimpleName() + " " + outcome.source();
  }

  private static List<BatchStep> steps(String... sources) {
    return List.of(sources).stream().map(s -> BatchSource.step(s).orElseThrow()).toList();
  }

  private static final String[] MIXED = {
    "n += 1;",
    "n++;",
    "n = 5;",
    "s = \"q\";",
    "s += 'c';",
    "arr[0] = 'z';",
    "System.out.print(\"\");",
    "if (n > 0) n += 10;",
    "java.util.List.of(1, 2);",
    "String.valueOf(arr);",
    "new int[] {1, 2};",
    "Integer.valueOf(n);"
  };

  private static final String DECLARATIONS = "int n = 0; String s = null; char[] arr = {'a'};";

  private void declare(Engine target) {
    for (Chunk chunk : target.split(DECLARATIONS).complete()) {
      assertThat(target.eval(chunk.source()).failed()).isFalse();
    }
  }

  @Test
  void manySteps_oneEvaluation_eachHeardWithTheOutcomeItHasAlone() {
    declare(engine);
    List<String> alone = new ArrayList<>();
    try (Engine other = Engine.start(EngineTest.options(snippets -> List.of()))) {
      declare(other);
      for (String source : MIXED) {
        alone.add(text(other.eval(source)));
      }
    }
    Heard heard = new Heard();
    long before = engine.evaluations();

    BatchResult result = engine.evalBatch(steps(MIXED), heard);

    assertThat(result).isEqualTo(BatchResult.succeeded());
    assertThat(engine.evaluations() - before).isEqualTo(1);
    assertThat(heard.events.stream().filter(e -> !e.startsWith("started")).toList())
        .isEqualTo(alone);
    assertThat(heard.events).startsWith("started 0", alone.get(0), "started 1", alone.get(1));
    assertThat(heard.events).contains("$1 ==> 1 (temporary)", "n ==> 5", "s ==> \"q\"");
    assertThat(text(engine.eval("n + 0;"))).as("the numbering goes on").startsWith("$");
    assertThat(engine.eval("n").toString()).contains("value=15");
  }

  @Test
  void aFailingStep_isTheFailure_andTheStepsAfterItDoNotRun() {
    declare(engine);
    Heard heard = new Heard();

    BatchResult result =
        engine.evalBatch(steps("n += 1;", "Integer.parseInt(\"x\");", "n += 100;"), heard);

    assertThat(result.failedStep()).isEqualTo(1);
    assertThat(result.failure())
        .isInstanceOfSatisfying(
            Outcome.Failed.class,
            failed -> {
              assertThat(failed.source()).isEqualTo("Integer.parseInt(\"x\");");
              assertThat(failed.exception()).isInstanceOf(NumberFormatException.class);
            });
    assertThat(heard.events).containsExactly("started 0", "$1 ==> 1 (temporary)", "started 1");
    assertThat(engine.eval("n").toString()).contains("value=1");
  }

  @Test
  void anExitCall_isPlacedAtItsLineOfItsStep() {
    declare(engine);

    BatchResult result =
        engine.evalBatch(
            steps("n += 1;", "if (n > 0) {\n  n += 1;\n  System.exit(3);\n}", "n += 1;"),
            new Heard());

    assertThat(result.failedStep()).isEqualTo(1);
    assertThat(((Outcome.Failed) result.failure()).exception())
        .isInstanceOfSatisfying(
            SnippetExit.class,
            exit -> {
              assertThat(exit.status()).isEqualTo(3);
              assertThat(exit.line()).isEqualTo(3);
            });
  }

  @Test
  void anExitCallInAnExpression_isCaughtInsideTheLambdaToo() {
    BatchResult result =
        engine.evalBatch(steps("System.out.print(\"\");", "System.exit(4);"), new Heard());

    assertThat(((Outcome.Failed) result.failure()).exception())
        .isInstanceOfSatisfying(
            SnippetExit.class,
            exit -> {
              assertThat(exit.status()).isEqualTo(4);
              assertThat(exit.line()).isEqualTo(1);
            });
  }

  @Test
  void aBatchThatDoesNotCompile_runsNothing() {
    declare(engine);
    Heard heard = new Heard();

    BatchResult result = engine.evalBatch(steps("n += 1;", "undefined(1);"), heard);

    assertThat(result).isEqualTo(BatchResult.notRun());
    assertThat(heard.events).isEmpty();
    assertThat(engine.eval("n").toString()).contains("value=0");
  }

  @Test
  void stop_cancelsTheStepThatRuns() throws Exception {
    declare(engine);
    Heard heard = new Heard();
    CompletableFuture<BatchResult> running =
        CompletableFuture.supplyAsync(
            () ->
                engine.evalBatch(
                    steps("n += 1;", "while (n > 0) { Thread.onSpinWait(); }", "n += 1;"), heard));

    assertThat(heard.secondStarted.await(60, TimeUnit.SECONDS)).isTrue();
    BatchResult result = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (result == null && System.nanoTime() < deadline) {
      engine.stop();
      try {
        result = running.get(100, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // not stopped yet: stop again
      }
    }

    assertThat(result).isNotNull();
    assertThat(result.failedStep()).isEqualTo(1);
    assertThat(result.failure()).isInstanceOf(Outcome.Cancelled.class);
  }
}
