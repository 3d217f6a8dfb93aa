package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code authFlow} in {@code cogsh.json}: the flow {@code auth.login} starts with. */
class AuthFlowConfigTest {

  @TempDir Path dir;

  private ResolvedConfig load(String json) {
    Fixtures.write(dir.resolve("work/cogsh.json"), json);
    return new ConfigLoader(Fixtures.environment(dir, Map.of())).load(ConfigRequest.none());
  }

  @Test
  void absent_defaultsToUserSrpAuth() {
    assertThat(load(Fixtures.json()).config().orElseThrow().authFlow()).isEqualTo("USER_SRP_AUTH");
  }

  @Test
  void eachFlow_isAccepted_inAnyCase() {
    for (String flow : Config.AUTH_FLOWS) {
      String written = flow.toLowerCase(java.util.Locale.ROOT);
      assertThat(
              load(Fixtures.json("\"authFlow\": \"" + written + "\""))
                  .config()
                  .orElseThrow()
                  .authFlow())
          .isEqualTo(flow);
    }
  }

  @Test
  void anUnknownFlow_isAnError_namingTheFieldAndTheChoices() {
    assertThatThrownBy(() -> load(Fixtures.json("\"authFlow\": \"USER_SRP\"")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(ConfigException.Problem::field)
                  .containsExactly("authFlow");
              assertThat(e.getMessage())
                  .contains("authFlow \"USER_SRP\"")
                  .contains("USER_SRP_AUTH, USER_AUTH, USER_PASSWORD_AUTH, CUSTOM_AUTH");
              assertThat(e.hint()).contains("leave authFlow out");
            });
  }
}
