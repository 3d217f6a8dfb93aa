package dev.cogsh.engine;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How to build an {@link Engine}.
 *
 * @param classPath the class path snippets compile against; the host's own ({@code
 *     java.class.path}) so that snippet code and the host share classes
 * @param startup the scripts evaluated, in order, right after JShell is built (imports, bindings);
 *     asked for once, on the engine's background thread, so that preparing them (for example
 *     building the objects they bind) does not delay the caller
 * @param out where JShell reports its own output
 * @param err where JShell reports its own errors
 */
public record EngineOptions(
    String classPath, Supplier<List<Script>> startup, PrintStream out, PrintStream err) {

  public EngineOptions {
    Objects.requireNonNull(classPath, "classPath");
    Objects.requireNonNull(startup, "startup");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** Options with start-up scripts known in advance. */
  public static EngineOptions of(
      String classPath, List<Script> startup, PrintStream out, PrintStream err) {
    List<Script> scripts = List.copyOf(startup);
    return new EngineOptions(classPath, () -> scripts, out, err);
  }

  /**
   * A named piece of Java source, such as {@code startup.jsh}.
   *
   * @param name where it came from, for messages
   * @param text the source
   */
  public record Script(String name, String text) {
    public Script {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }
}
