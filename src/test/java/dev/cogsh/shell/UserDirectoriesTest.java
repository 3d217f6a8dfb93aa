package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The XDG base directory rules for the history and the user's start-up script. */
class UserDirectoriesTest {

  private final Path home = Path.of("/home/ada");

  @Test
  void withoutXdgVariables_usesTheHomeDefaults() {
    UserDirectories dirs = UserDirectories.of(home, Map.of());

    assertThat(dirs.historyFile()).isEqualTo(Path.of("/home/ada/.local/share/cogsh/history"));
    assertThat(dirs.startupScript()).isEqualTo(Path.of("/home/ada/.config/cogsh/startup.jsh"));
  }

  @Test
  void absoluteXdgVariables_win() {
    UserDirectories dirs =
        UserDirectories.of(home, Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "/conf"));

    assertThat(dirs.historyFile()).isEqualTo(Path.of("/data/cogsh/history"));
    assertThat(dirs.startupScript()).isEqualTo(Path.of("/conf/cogsh/startup.jsh"));
  }

  @Test
  void relativeOrEmptyXdgVariables_areIgnored() {
    UserDirectories dirs =
        UserDirectories.of(home, Map.of("XDG_DATA_HOME", "data", "XDG_CONFIG_HOME", ""));

    assertThat(dirs.historyFile()).isEqualTo(Path.of("/home/ada/.local/share/cogsh/history"));
    assertThat(dirs.startupScript()).isEqualTo(Path.of("/home/ada/.config/cogsh/startup.jsh"));
  }
}
