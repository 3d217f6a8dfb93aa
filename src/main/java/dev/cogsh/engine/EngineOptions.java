package dev.cogsh.engine;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * How to build an {@link Engine}.
 *
 * @param classPath the class path snippets compile against; the host's own ({@code
 *     java.class.path}) so that snippet code and the host share classes
 * @param startup scripts evaluated, in order, right after JShell is built (imports, bindings)
 * @param out where JShell reports its own output
 * @param err where JShell reports its own errors
 */
public record EngineOptions(
    String classPath, List<Script> startup, PrintStream out, PrintStream err) {

  public EngineOptions {
    Objects.requireNonNull(classPath, "classPath");
    startup = List.copyOf(startup);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
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
