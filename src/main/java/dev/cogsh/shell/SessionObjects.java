package dev.cogsh.shell;

import dev.cogsh.auth.Prompter;
import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import java.util.List;

/**
 * Builds the session objects ({@code auth}, {@code creds}, {@code api}) and installs them in {@code
 * dev.cogsh.runtime.Session}. {@link #install} runs on the engine's background thread, so that
 * building the SDK clients never delays the first prompt.
 */
public interface SessionObjects {

  /** The names {@code startup.jsh} binds them as, for the banner and the highlighter. */
  List<String> names();

  /** Builds the objects and installs them; {@code prompter} asks for passwords and codes. */
  void install(Prompter prompter);

  /** Releases what the objects hold when the shell ends (an HTTP client's threads). */
  default void close() {}

  /**
   * Builds objects for another configuration and puts them in place of the installed ones ({@code
   * /config use NAME}); the caller rebinds them in snippets.
   *
   * @return false when these objects cannot be rebuilt for another configuration
   */
  default boolean replace(Config config) {
    return false;
  }

  /**
   * The objects for {@code config}: sign-in that asks at the prompt, Identity Pool credentials, and
   * calls signed with whatever {@code creds} holds.
   */
  static SessionObjects of(Config config, Environment environment) {
    return new ConfiguredObjects(config, environment);
  }
}
