package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.engine.Engine;
import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.Variable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scripts run in a real engine: what runs, what stops a run, and where failures point. */
class ScriptRunnerTest {

  private static Engine engine;
  private final List<String> commands = new ArrayList<>();
  private final List<String> heard = new ArrayList<>();

  @BeforeAll
  static void start() {
    engine = ScriptEngines.start();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private RunReport run(RunOptions options, Script... scripts) {
    RunListener listener =
        new RunListener() {
          @Override
          public void snippetStarted(ScriptSnippet snippet, int index, int total) {
            heard.add(index + "/" + total + " " + snippet.location());
          }

          @Override
          public void snippetFailed(Failure failure) {
            heard.add("failed " + failure.location());
          }
        };
    CommandDispatcher dispatcher =
        line -> {
          commands.add(line);
          return !line.startsWith("/fail");
        };
    ScriptRunner runner =
        new ScriptRunner(
            new ScriptSplitter(engine::split),
            engine::eval,
            dispatcher,
            listener,
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    return runner.run(List.of(scripts), options);
  }

  private RunReport run(String text) {
    return run(RunOptions.defaults(), new Script("t.jsh", text));
  }

  private static boolean declared(String name) {
    return engine.variables().stream().map(Variable::name).anyMatch(name::equals);
  }

  @Test
  void run_ofMultiLineStatementsMethodsClassesAndCommands_succeeds() {
    RunReport report =
        run(
            "int base = 20;\n"
                + "int twice(int x) {\n"
                + "  return 2 * x;\n"
                + "}\n"
                + "/vars\n"
                + "class Box {\n"
                + "  final int v;\n"
                + "  Box(int v) { this.v = v; }\n"
                + "}\n"
                + "int answer = new Box(twice(base))\n"
                + "    .v + 2;\n"
                + "check(answer == 42, \"the answer\", answer);\n");

    assertThat(report.failures()).isEmpty();
    assertThat(report.snippets()).isEqualTo(6);
    assertThat(commands).containsExactly("/vars");
    assertThat(heard).first().isEqualTo("1/6 t.jsh:1");
    assertThat(report.summary(3)).isEqualTo("6 snippets, 3 requests, 0 failed, 0 ms");
    assertThat(report.summary(new Traffic(1, 2)))
        .isEqualTo("6 snippets, 1 Cognito call, 2 API requests, 0 failed, 0 ms");
  }

  @Test
  void run_ofACompileError_pointsAtItsLine_andStops() {
    RunReport report = run("int first = 1;\n\nint second = nowhere + 1;\nint third = 3;\n");

    assertThat(report.failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.location()).isEqualTo("t.jsh:3");
              assertThat(failure.what())
                  .isEqualTo("does not compile: cannot find symbol (variable nowhere)");
              assertThat(failure.report())
                  .isEqualTo(
                      "t.jsh:3: does not compile: cannot find symbol (variable nowhere)\n  | int second = nowhere + 1;");
              assertThat(failure.outcome()).isInstanceOf(Outcome.CompileError.class);
            });
    assertThat(report.snippets()).isEqualTo(2);
    assertThat(declared("third")).isFalse();
  }

  @Test
  void run_ofACompileErrorInsideAMethod_pointsAtTheLineOfTheMistake() {
    RunReport report =
        run("// helper\nint thrice(int x) {\n  int y = x;\n  return y * \"text\";\n}\n");

    assertThat(report.failures())
        .singleElement()
        .extracting(Failure::location)
        .isEqualTo("t.jsh:4");
  }

  @Test
  void run_ofAnException_pointsAtTheFailingStatement() {
    RunReport report =
        run("String nothing = null;\n/vars\nint length =\n    nothing\n        .length();\n");

    Failure failure = report.failures().get(0);
    assertThat(failure.what()).startsWith("NullPointerException");
    assertThat(failure.location()).isEqualTo("t.jsh:3");
    assertThat(failure.report()).contains("\n  | int length =\n  |     nothing\n");
  }

  @Test
  void run_ofAThrowStatement_reportsTheExceptionAtTheStatementsLine() {
    RunReport report =
        run("int ok = 1;\nif (ok == 1) {\n  throw new IllegalStateException(\"no way\");\n}\n");

    assertThat(report.failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.location()).isEqualTo("t.jsh:2");
              assertThat(failure.what()).isEqualTo("IllegalStateException: no way");
            });
  }

  @Test
  void run_ofAFailedCheck_saysTheMessageAndTheValues() {
    RunReport report = run("int notes = 0;\ncheck(notes == 1, \"one note listed\", notes);\n");

    assertThat(report.failures().get(0).report())
        .isEqualTo(
            "t.jsh:2: check failed: one note listed (values: 0)\n"
                + "  | check(notes == 1, \"one note listed\", notes);");
  }

  @Test
  void run_withKeepGoing_runsEverythingAndReportsEveryFailure() {
    RunReport report =
        run(
            new RunOptions(Parameters.NONE, true),
            new Script(
                "t.jsh",
                "check(false, \"first\");\nint kept = 1;\n/fail now\ncheck(false, \"last\");\n"));

    assertThat(report.failures())
        .extracting(Failure::location, Failure::what)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("t.jsh:1", "check failed: first"),
            org.assertj.core.groups.Tuple.tuple("t.jsh:3", "the command /fail failed"),
            org.assertj.core.groups.Tuple.tuple("t.jsh:4", "check failed: last"));
    assertThat(report.snippets()).isEqualTo(4);
    assertThat(declared("kept")).isTrue();
    assertThat(report.summary(-1)).isEqualTo("4 snippets, 3 failed, 0 ms");
  }

  @Test
  void run_ofAFailedCommand_stopsTheRun() {
    RunReport report = run("/fail\nint afterCommand = 1;\n");

    assertThat(report.failures()).extracting(Failure::location).containsExactly("t.jsh:1");
    assertThat(declared("afterCommand")).isFalse();
  }

  @Test
  void run_ofAFileEndingInsideASnippet_failsAtItsStart() {
    RunReport report = run("int whole = 1;\nvoid open() {\n  whole++;\n");

    assertThat(report.failures())
        .singleElement()
        .extracting(Failure::location, Failure::what)
        .containsExactly("t.jsh:2", "the file ends before this snippet does");
  }

  @Test
  void run_ofSeveralScripts_namesTheFileThatFailed_andStopsThere() {
    RunReport report =
        run(
            RunOptions.defaults(),
            new Script("a.jsh", "int fromA = 1;\n"),
            new Script("b.jsh", "int fromB = fromA +\n  undefinedInB;\n"),
            new Script("c.jsh", "int fromC = 1;\n"));

    assertThat(report.failures()).extracting(Failure::location).containsExactly("b.jsh:2");
    assertThat(declared("fromA")).isTrue();
    assertThat(declared("fromC")).isFalse();
  }

  @Test
  void param_givenToTheRun_isSeenBySnippets_andDefaultsApplyOtherwise() {
    RunReport report =
        run(
            new RunOptions(Parameters.of(Map.of("USER", "ada@example.com")), false),
            new Script(
                "p.jsh",
                "String user = param(\"USER\");\n"
                    + "String stage = param(\"STAGE\", \"prod\");\n"
                    + "checkEquals(\"ada@example.com/prod\", user + \"/\" + stage, \"user/stage\");\n"));

    assertThat(report.failures()).isEmpty();
  }

  @Test
  void param_missing_failsNamingTheParamToPass() {
    RunReport report = run("String secret = param(\"PASSWORD\");\n");

    Failure failure = report.failures().get(0);
    assertThat(failure.what())
        .isEqualTo("the script needs the parameter PASSWORD, and it was not given");
    Throwable thrown = ((Outcome.Failed) failure.outcome()).exception();
    assertThat(thrown).isInstanceOf(ParameterException.class);
    assertThat(((ParameterException) thrown).hint()).contains("--param PASSWORD=VALUE");
  }

  @Test
  void param_afterTheRun_isGoneAgain() {
    run(new RunOptions(Parameters.of(Map.of("GONE", "x")), false), new Script("g.jsh", "1;"));

    Outcome outcome = engine.eval("param(\"GONE\", \"default\")");
    assertThat(((Outcome.Value) outcome).value()).isEqualTo("\"default\"");
  }
}
