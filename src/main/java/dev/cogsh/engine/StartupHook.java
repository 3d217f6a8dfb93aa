package dev.cogsh.engine;

import java.util.List;

/**
 * What runs on a new JShell before the engine says it is ready, at start and again at {@link
 * Engine#reset()}: the start-up scripts, evaluated through the one evaluation loop ({@code
 * dev.cogsh.script.StartupScripts}).
 */
@FunctionalInterface
public interface StartupHook {

  /** Nothing to run. */
  StartupHook NONE = snippets -> List.of();

  /**
   * Runs on the engine's own thread, with {@code snippets} evaluating in the JShell being started.
   *
   * @return the start-up snippets that failed
   */
  List<StartupFailure> run(Snippets snippets);
}
