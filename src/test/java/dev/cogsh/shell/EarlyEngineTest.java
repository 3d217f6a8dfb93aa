package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.engine.DeferredStartup;
import dev.cogsh.engine.Engine;
import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.StartupFailure;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The engine started before the session is open ({@code cogsh run}): the start-up hook given later
 * runs before any evaluation, and an engine no shell adopts ends when closed.
 */
class EarlyEngineTest {

  private static final String CLASS_PATH =
      System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

  @Test
  void adoptedEngine_runsTheLateHookBeforeTheFirstEvaluation() {
    try (EarlyEngine early = EarlyEngine.start(CLASS_PATH)) {
      Engine engine =
          early.adopt(
              snippets -> {
                assertThat(snippets.eval("int base = 41;").failed()).isFalse();
                return List.of();
              });
      try {
        Outcome outcome = engine.eval("base + 1");
        assertThat(outcome).isInstanceOf(Outcome.Value.class);
        assertThat(((Outcome.Value) outcome).value()).isEqualTo("42");
        assertThat(engine.awaitReady()).isEmpty();
      } finally {
        engine.close();
      }
    }
  }

  @Test
  void startupFailuresOfTheLateHook_areReportedByReadiness() {
    try (EarlyEngine early = EarlyEngine.start(CLASS_PATH)) {
      Engine engine =
          early.adopt(
              snippets -> {
                Outcome broken = snippets.eval("int broken = \"text\";");
                return List.of(new StartupFailure("startup.jsh", 3, broken));
              });
      try {
        List<StartupFailure> failures = engine.awaitReady();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).outcome().failed()).isTrue();
        assertThat(engine.eval("1 + 1")).isInstanceOf(Outcome.Value.class);
      } finally {
        engine.close();
      }
    }
  }

  @Test
  void builtInStartup_isTheWarmUp_twelveImports_andNoVariable() {
    try (EarlyEngine early = EarlyEngine.start(CLASS_PATH)) {
      List<Long> seenByTheHook = new java.util.ArrayList<>();
      Engine engine =
          early.adopt(
              snippets -> {
                // the built-in imports ran before the hook came: the bindings resolve
                Outcome sandbox =
                    snippets.eval("if (sandbox == null) throw new IllegalStateException();");
                seenByTheHook.add(sandbox.failed() ? 0L : 1L);
                return List.of();
              });
      try {
        assertThat(engine.awaitReady()).isEmpty();
        assertThat(seenByTheHook).containsExactly(1L);
        assertThat(engine.variables()).as("startup.jsh declares no variable").isEmpty();
        List<String> imports = engine.imports();
        assertThat(imports).hasSize(12);
        assertThat(imports.get(0)).isEqualTo("import java.util.*;");
        assertThat(imports.get(1))
            .as("Duration, for api.presign(..) and .timeout(..) as the docs write them")
            .isEqualTo("import java.time.*;");
        assertThat(imports.get(11)).isEqualTo("import static dev.cogsh.runtime.Bindings.*;");
        // 11 + 1 imports, the hook's one snippet, and nothing else (no separate warm-up)
        assertThat(engine.evaluations()).isEqualTo(12 + 1);
      } finally {
        engine.close();
      }
    }
  }

  @Test
  void deferredStartup_cancelled_runsNothing_andALaterHookIsIgnored() throws Exception {
    DeferredStartup deferred = new DeferredStartup();
    CompletableFuture<List<StartupFailure>> ran =
        CompletableFuture.supplyAsync(() -> deferred.run(null));
    deferred.cancel();
    deferred.supply(
        snippets -> {
          throw new AssertionError("a hook given after cancel() must not run");
        });
    assertThat(ran.get(30, TimeUnit.SECONDS)).isEmpty();
  }
}
