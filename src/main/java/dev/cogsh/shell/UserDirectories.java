package dev.cogsh.shell;

import dev.cogsh.config.Environment;
import java.nio.file.Path;

/**
 * Where the shell keeps a user's files, as {@link Environment} resolves them (XDG base directories,
 * under {@code $HOME}): start-up script and configuration under {@code $XDG_CONFIG_HOME/cogsh}
 * ({@code ~/.config/cogsh}), history under {@code $XDG_DATA_HOME/cogsh} ({@code
 * ~/.local/share/cogsh}).
 *
 * @param home the user's home directory
 * @param historyFile the history file
 * @param startupScript the user's own start-up script, run after the built-in one
 */
public record UserDirectories(Path home, Path historyFile, Path startupScript) {

  /** The directories of {@code environment}. */
  public static UserDirectories of(Environment environment) {
    return new UserDirectories(
        environment.home(), environment.historyFile(), environment.userStartupScript());
  }
}
