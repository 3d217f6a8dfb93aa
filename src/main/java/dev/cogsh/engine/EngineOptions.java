package dev.cogsh.engine;

import java.io.PrintStream;
import java.util.Objects;

/**
 * How to build an {@link Engine}.
 *
 * @param classPath the class path snippets compile against; the host's own ({@code
 *     java.class.path}) so that snippet code and the host share classes
 * @param startup what runs right after JShell is built, on the engine's background thread (the
 *     start-up scripts: imports, bindings), so that preparing it does not delay the caller
 * @param out where JShell reports its own output
 * @param err where JShell reports its own errors
 */
public record EngineOptions(
    String classPath, StartupHook startup, PrintStream out, PrintStream err) {

  public EngineOptions {
    Objects.requireNonNull(classPath, "classPath");
    Objects.requireNonNull(startup, "startup");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** Options with nothing to run at start-up. */
  public static EngineOptions of(String classPath, PrintStream out, PrintStream err) {
    return new EngineOptions(classPath, StartupHook.NONE, out, err);
  }
}
