package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.engine.Engine;
import dev.cogsh.engine.EngineOptions;
import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.StartupFailure;
import dev.cogsh.engine.Variable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Start-up scripts run through the one evaluation loop while the engine starts: failures placed at
 * their file and line, the rest still run, and a reset runs them again.
 */
class StartupScriptsTest {

  private static Engine start(Script... scripts) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Engine.start(
        new EngineOptions(
            System.getProperty("java.class.path"),
            StartupScripts.of(List.of(scripts)),
            sink,
            sink));
  }

  @Test
  void failures_areReportedWithScriptAndLine_andTheRestStillRuns() {
    try (Engine engine =
        start(
            new Script("mine.jsh", "int ok = 1;\n\nint broken = nope;\nint after = 2;\n"),
            new Script("second.jsh", "// comment\nint third = after + 1;\n"))) {
      List<StartupFailure> failures = engine.awaitReady();

      assertThat(failures).hasSize(1);
      assertThat(failures.get(0).script()).isEqualTo("mine.jsh");
      assertThat(failures.get(0).line()).isEqualTo(3);
      assertThat(failures.get(0).outcome()).isInstanceOf(Outcome.CompileError.class);
      assertThat(engine.variables())
          .extracting(Variable::name)
          .containsExactly("ok", "after", "third");

      engine.eval("int extra = 2;");
      assertThat(engine.reset()).hasSize(1);
      assertThat(engine.variables())
          .extracting(Variable::name)
          .containsExactly("ok", "after", "third");
    }
  }

  @Test
  void aSlashCommandOrAnUnfinishedSnippet_isAFailureAtItsLine() {
    try (Engine engine = start(new Script("odd.jsh", "int a = 1;\n/vars\nvoid open() {\n"))) {
      List<StartupFailure> failures = engine.awaitReady();

      assertThat(failures).extracting(StartupFailure::line).containsExactly(2, 3);
      assertThat(((Outcome.CompileError) failures.get(0).outcome()).problems().get(0).message())
          .contains("slash commands do not run in a start-up script");
      assertThat(failures.get(1).outcome()).isInstanceOf(Outcome.Incomplete.class);
      assertThat(engine.variables()).extracting(Variable::name).containsExactly("a");
    }
  }
}
