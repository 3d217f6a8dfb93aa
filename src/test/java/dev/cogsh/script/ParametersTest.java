package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --param NAME=VALUE}: parsing, precedence, and values that never show. */
class ParametersTest {

  @Test
  void parse_splitsAtTheFirstEquals_laterValuesWin() {
    Parameters parameters = Parameters.parse(List.of("USER=ada", "TOKEN=a=b=c", "USER=grace"));

    assertThat(parameters.value("USER")).contains("grace");
    assertThat(parameters.value("TOKEN")).contains("a=b=c");
    assertThat(parameters.names()).containsExactly("USER", "TOKEN");
  }

  @Test
  void parse_allowsAnEmptyValue() {
    assertThat(Parameters.parse(List.of("EMPTY=")).value("EMPTY")).contains("");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PASSWORD", "=Passw0rd!", "1ST=x", "A B=x"})
  void parse_ofABadArgument_failsWithoutShowingTheValue(String argument) {
    assertThatThrownBy(() -> Parameters.parse(List.of(argument)))
        .isInstanceOf(ParameterException.class)
        .hasMessageNotContaining("Passw0rd!")
        .satisfies(e -> assertThat(((ParameterException) e).hint()).contains("--param NAME=VALUE"));
  }

  @Test
  void toString_namesTheParametersButNotTheirValues() {
    assertThat(Parameters.of(Map.of("PASSWORD", "Passw0rd!"))).hasToString("Parameters[PASSWORD]");
  }

  @Test
  void with_laysTheGivenOnesOverThese() {
    Parameters outer = Parameters.of(Map.of("A", "1", "B", "2"));

    Parameters both = outer.with(Parameters.of(Map.of("B", "3")));

    assertThat(both.value("A")).contains("1");
    assertThat(both.value("B")).contains("3");
  }

  @Test
  void runWith_makesThemCurrent_onlyWhileItRuns_andOnThreadsStartedMeanwhile() throws Exception {
    Parameters parameters = Parameters.of(Map.of("STAGE", "dev"));
    String[] seenByChild = new String[1];

    String inside =
        parameters.runWith(
            () -> {
              Thread child = new Thread(() -> seenByChild[0] = Scenario.param("STAGE"));
              child.start();
              try {
                child.join();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              return Scenario.param("STAGE");
            });

    assertThat(inside).isEqualTo("dev");
    assertThat(seenByChild[0]).isEqualTo("dev");
    assertThat(Scenario.param("STAGE", "none")).isEqualTo("none");
    assertThatThrownBy(() -> Scenario.param("STAGE"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("the script needs the parameter STAGE, and no script is running");
  }
}
