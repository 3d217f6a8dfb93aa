package dev.cogsh.shell;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where cogsh keeps a user's files, after the XDG base directory rules: start-up script and
 * configuration under {@code $XDG_CONFIG_HOME/cogsh} ({@code ~/.config/cogsh}), history under
 * {@code $XDG_DATA_HOME/cogsh} ({@code ~/.local/share/cogsh}).
 *
 * @param home the user's home directory
 * @param config the configuration directory
 * @param data the data directory
 */
public record UserDirectories(Path home, Path config, Path data) {

  /**
   * The directories for {@code home} and the environment {@code env} (relative XDG paths are
   * ignored, as the spec says).
   */
  public static UserDirectories of(Path home, Map<String, String> env) {
    return new UserDirectories(
        home,
        base(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("cogsh"),
        base(env.get("XDG_DATA_HOME"), home.resolve(".local/share")).resolve("cogsh"));
  }

  private static Path base(String variable, Path fallback) {
    if (variable == null || variable.isBlank()) {
      return fallback;
    }
    Path path = Path.of(variable);
    return path.isAbsolute() ? path : fallback;
  }

  /** The history file. */
  public Path historyFile() {
    return data.resolve("history");
  }

  /** The user's own start-up script, run after the built-in one. */
  public Path startupScript() {
    return config.resolve("startup.jsh");
  }
}
