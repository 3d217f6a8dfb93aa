package dev.cogsh.engine;

import java.io.PrintStream;
import java.util.Objects;

/**
 * How to build an {@link Engine}.
 *
 * @param classPath the class path snippets compile against; the host's own ({@code
 *     java.class.path}) so that snippet code and the host share classes
 * @param warmUp what runs first on a new JShell, as the compiler's warm-up (the first compilation
 *     is the slow one): a script that needs nothing from the caller (the built-in imports), or
 *     {@link StartupHook#NONE} for an empty statement
 * @param startup what runs after the warm-up, on the engine's background thread (the user's
 *     start-up script), so that preparing it does not delay the caller
 * @param out where JShell reports its own output
 * @param err where JShell reports its own errors
 */
public record EngineOptions(
    String classPath, StartupHook warmUp, StartupHook startup, PrintStream out, PrintStream err) {

  public EngineOptions {
    Objects.requireNonNull(classPath, "classPath");
    Objects.requireNonNull(warmUp, "warmUp");
    Objects.requireNonNull(startup, "startup");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** Options whose warm-up is an empty statement, then {@code startup}. */
  public EngineOptions(String classPath, StartupHook startup, PrintStream out, PrintStream err) {
    this(classPath, StartupHook.NONE, startup, out, err);
  }

  /** Options with nothing to run at start-up. */
  public static EngineOptions of(String classPath, PrintStream out, PrintStream err) {
    return new EngineOptions(classPath, StartupHook.NONE, StartupHook.NONE, out, err);
  }
}
