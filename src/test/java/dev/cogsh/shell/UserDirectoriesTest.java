package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The XDG base directory rules for the history and the user's start-up script. */
class UserDirectoriesTest {

  private final Path home = Path.of("/home/ada");

  private UserDirectories of(Map<String, String> variables) {
    return UserDirectories.of(new Environment(variables, home, home));
  }

  @Test
  void home_isTheEnvironmentsHome_soHomeVariableMovesTheHistory() {
    Environment environment = Environment.of(Map.of("HOME", "/tmp/scratch"), home, "/home/ada", "");

    UserDirectories dirs = UserDirectories.of(environment);

    assertThat(dirs.home()).isEqualTo(Path.of("/tmp/scratch"));
    assertThat(dirs.historyFile()).isEqualTo(Path.of("/tmp/scratch/.local/share/cogsh/history"));
  }

  @Test
  void withoutXdgVariables_usesTheHomeDefaults() {
    UserDirectories dirs = of(Map.of());

    assertThat(dirs.historyFile()).isEqualTo(Path.of("/home/ada/.local/share/cogsh/history"));
    assertThat(dirs.startupScript()).isEqualTo(Path.of("/home/ada/.config/cogsh/startup.jsh"));
  }

  @Test
  void absoluteXdgVariables_win() {
    UserDirectories dirs = of(Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "/conf"));

    assertThat(dirs.historyFile()).isEqualTo(Path.of("/data/cogsh/history"));
    assertThat(dirs.startupScript()).isEqualTo(Path.of("/conf/cogsh/startup.jsh"));
  }

  @Test
  void relativeOrEmptyXdgVariables_areIgnored() {
    UserDirectories dirs = of(Map.of("XDG_DATA_HOME", "data", "XDG_CONFIG_HOME", ""));

    assertThat(dirs.historyFile()).isEqualTo(Path.of("/home/ada/.local/share/cogsh/history"));
    assertThat(dirs.startupScript()).isEqualTo(Path.of("/home/ada/.config/cogsh/startup.jsh"));
  }
}
