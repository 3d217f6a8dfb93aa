package dev.cogsh.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine against a real in-process JShell (one per class: building one takes a while). */
public class EngineTest {

  /** Read by snippets: proves they run in this JVM, on this class loader. */
  public static final Object HOST_OBJECT = new Object();

  /** Counted down by a slow snippet once it runs. */
  public static volatile CountDownLatch started = new CountDownLatch(1);

  /** An exception type with a hint, thrown by snippets. */
  public static final class HintedException extends RuntimeException
      implements dev.cogsh.human.Hinted {
    private static final long serialVersionUID = 1L;

    public HintedException(String message) {
      super(message);
    }

    @Override
    public String hint() {
      return "do the other thing";
    }
  }

  private static Engine engine;

  @BeforeAll
  static void startEngine() {
    engine =
        Engine.start(
            options(
                snippets -> {
                  snippets.eval("import java.util.*;");
                  return List.of();
                }));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  static EngineOptions options(StartupHook startup) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new EngineOptions(System.getProperty("java.class.path"), startup, sink, sink);
  }

  @Test
  void split_cutsWhereTheCompilerSaysNotAtLineEnds() {
    Split split = engine.split("int a = 1; int b = 2;\nvoid g() {\n}\n");

    assertThat(split.complete())
        .extracting(Chunk::source)
        .containsExactly("int a = 1;", "int b = 2;", "void g() {\n}");
    assertThat(split.complete()).extracting(Chunk::offset).containsExactly(0, 11, 22);
    assertThat(split.isComplete()).isTrue();
  }

  @Test
  void split_ofAnOpenBlock_leavesItAsRemaining() {
    Split split = engine.split("int c = 3;\nvoid h() {\n  int x = 1;");

    assertThat(split.complete()).extracting(Chunk::source).containsExactly("int c = 3;");
    assertThat(split.isComplete()).isFalse();
    assertThat(split.remaining()).startsWith("void h() {");
    assertThat(split.remainingOffset()).isEqualTo(11);
  }

  @Test
  void split_addsTheSemicolonAnExpressionLacks() {
    assertThat(engine.split("int z = Math.max(1, 2)").complete())
        .extracting(Chunk::source)
        .containsExactly("int z = Math.max(1, 2);");
  }

  @Test
  void eval_ofAnExpression_givesATemporaryValue() {
    Outcome outcome = engine.eval("6 * 7");

    assertThat(outcome).isInstanceOf(Outcome.Value.class);
    Outcome.Value value = (Outcome.Value) outcome;
    assertThat(value.name()).startsWith("$");
    assertThat(value.temporary()).isTrue();
    assertThat(value.type()).isEqualTo("int");
    assertThat(value.value()).isEqualTo("42");
  }

  @Test
  void eval_ofAVariable_givesItsNameAndQuotedString() {
    Outcome outcome = engine.eval("String greeting = \"hi\";");

    assertThat(outcome)
        .isEqualTo(
            new Outcome.Value("String greeting = \"hi\";", "greeting", "String", "\"hi\"", false));
  }

  @Test
  void eval_ofAMethod_saysItWasCreatedThenChanged() {
    Outcome created = engine.eval("int twice(int x) { return 2 * x; }");
    Outcome modified = engine.eval("int twice(int x) { return x + x; }");

    assertThat(created)
        .isEqualTo(
            new Outcome.Declared(
                "int twice(int x) { return 2 * x; }",
                "method",
                "twice(int)",
                "created",
                List.of()));
    assertThat(((Outcome.Declared) modified).action()).isIn("modified", "replaced");
  }

  @Test
  void eval_ofAStatement_runsIt() {
    assertThat(engine.eval("if (true) { }")).isInstanceOf(Outcome.Executed.class);
  }

  @Test
  void eval_ofBadCode_givesTheCompilerProblemWithItsPosition() {
    Outcome outcome = engine.eval("int y = undefinedThing + 1;");

    assertThat(outcome.failed()).isTrue();
    Outcome.Problem problem = ((Outcome.CompileError) outcome).problems().get(0);
    assertThat(problem.message()).contains("cannot find symbol");
    assertThat(problem.start()).isEqualTo(8);
    assertThat(problem.end()).isEqualTo(8 + "undefinedThing".length());
  }

  @Test
  void eval_thatThrows_keepsTheVeryObjectThrown() {
    Outcome outcome =
        engine.eval("throw new dev.cogsh.engine.EngineTest.HintedException(\"no luck\");");

    assertThat(outcome).isInstanceOf(Outcome.Failed.class);
    Throwable thrown = ((Outcome.Failed) outcome).exception();
    assertThat(thrown).isInstanceOf(HintedException.class).hasMessage("no luck");
  }

  @Test
  void eval_thatThrowsWithACause_keepsTheCauseChain() {
    Outcome outcome =
        engine.eval(
            "throw new IllegalStateException(\"outer\", new java.io.IOException(\"inner\"));");

    Throwable thrown = ((Outcome.Failed) outcome).exception();
    assertThat(thrown).isInstanceOf(IllegalStateException.class);
    assertThat(thrown.getCause()).isInstanceOf(java.io.IOException.class).hasMessage("inner");
  }

  @Test
  void eval_ofAMethodWithAMissingReference_failsWithUnresolved() {
    engine.eval("void later() { notYetThere(); }");
    Outcome outcome = engine.eval("later();");

    assertThat(((Outcome.Failed) outcome).exception())
        .isInstanceOf(UnresolvedException.class)
        .hasMessageContaining("notYetThere");
  }

  @Test
  void eval_seesTheHostsClassesAndObjects() {
    Outcome outcome =
        engine.eval(
            "System.identityHashCode(dev.cogsh.engine.EngineTest.HOST_OBJECT) + \"/\""
                + " + dev.cogsh.engine.EngineTest.class.getClassLoader().getName()");

    assertThat(((Outcome.Value) outcome).value())
        .isEqualTo("\"" + System.identityHashCode(HOST_OBJECT) + "/app\"");
  }

  @Test
  void stop_cancelsASleepingSnippet() throws Exception {
    assertCancels("Thread.sleep(60_000);");
  }

  @Test
  void stop_cancelsABusyLoop() throws Exception {
    assertCancels("while (true) { }");
  }

  private static void assertCancels(String slow) throws Exception {
    started = new CountDownLatch(1);
    CompletableFuture<Outcome> result =
        CompletableFuture.supplyAsync(
            () -> engine.eval("{ dev.cogsh.engine.EngineTest.started.countDown(); " + slow + " }"));
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    engine.stop();

    Outcome outcome = result.get(30, TimeUnit.SECONDS);
    assertThat(outcome).isInstanceOf(Outcome.Cancelled.class);
    assertThat(engine.eval("1 + 1")).isInstanceOf(Outcome.Value.class);
  }

  @Test
  void completions_listMembersAfterADot() {
    engine.eval("String word = \"abc\";");

    Completions completions = engine.completions("word.len", 8);

    assertThat(completions.anchor()).isEqualTo(5);
    assertThat(completions.suggestions())
        .extracting(Completions.Suggestion::continuation)
        .contains("length()");
  }

  @Test
  void documentation_givesTheSignatureAtTheCursor() {
    List<Documentation> docs = engine.documentation("Math.abs(", 9, false);

    assertThat(docs).extracting(Documentation::signature).anyMatch(s -> s.contains("abs(int"));
  }

  @Test
  void variablesAndImports_listWhatTheSessionDeclared() {
    engine.eval("int counted = 5;");

    assertThat(engine.variables()).contains(new Variable("counted", "int", "5"));
    assertThat(engine.imports()).contains("import java.util.*;");
  }

  @Test
  void startupHook_runsBeforeReady_andAgainAtReset_andItsFailuresAreReturned() {
    StartupHook hook =
        snippets -> {
          snippets.eval("int ok = 1;");
          Outcome broken =
              snippets.eval(snippets.split("int broken = nope;").complete().get(0).source());
          return List.of(new StartupFailure("mine.jsh", 3, broken));
        };
    try (Engine other = Engine.start(options(hook))) {
      List<StartupFailure> failures = other.awaitReady();

      assertThat(failures).hasSize(1);
      assertThat(failures.get(0).script()).isEqualTo("mine.jsh");
      assertThat(failures.get(0).line()).isEqualTo(3);
      assertThat(failures.get(0).outcome()).isInstanceOf(Outcome.CompileError.class);

      other.eval("int extra = 2;");
      assertThat(other.reset()).hasSize(1);
      assertThat(other.variables()).extracting(Variable::name).containsExactly("ok");
    }
  }

  @Test
  void start_returnsBeforeTheEngineIsReady() {
    long before = System.nanoTime();
    try (Engine other = Engine.start(options(StartupHook.NONE))) {
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(50));
      other.awaitReady();
      assertThat(other.isReady()).isTrue();
    }
  }
}
