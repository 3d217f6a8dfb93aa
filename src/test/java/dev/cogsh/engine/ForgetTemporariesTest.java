package dev.cogsh.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine#forgetTemporaries()}, as {@code cogsh run} uses it: a bare expression's value is
 * still shown under its {@code $n} name, but the variable does not stay for every later snippet to
 * import (what made a long replay quadratic); named variables stay.
 */
class ForgetTemporariesTest {

  private static List<String> activeNames(Engine engine) {
    return engine.variables().stream().map(Variable::name).toList();
  }

  @Test
  void aReplayKeepsNamedVariables_andDropsEachValuesTemporaryName() {
    try (Engine engine = Engine.start(EngineTest.options(snippets -> List.of()))) {
      engine.awaitReady();
      engine.forgetTemporaries();

      assertThat(engine.eval("int n = 0;")).isInstanceOf(Outcome.Value.class);
      Outcome first = engine.eval("n += 1");
      Outcome second = engine.eval("n += 1");

      assertThat(first)
          .isInstanceOfSatisfying(
              Outcome.Value.class,
              value -> {
                assertThat(value.temporary()).isTrue();
                assertThat(value.value()).isEqualTo("1");
              });
      assertThat(second)
          .isInstanceOfSatisfying(
              Outcome.Value.class, value -> assertThat(value.value()).isEqualTo("2"));
      assertThat(activeNames(engine)).containsExactly("n");
      assertThat(engine.eval("n"))
          .isInstanceOfSatisfying(
              Outcome.Value.class, value -> assertThat(value.value()).isEqualTo("2"));
    }
  }

  @Test
  void theShellKeepsTemporaryNames() {
    try (Engine engine = Engine.start(EngineTest.options(snippets -> List.of()))) {
      Outcome value = engine.eval("6 * 7");

      assertThat(activeNames(engine)).containsExactly(((Outcome.Value) value).name());
    }
  }
}
