package dev.cogsh.engine;

import java.util.List;

/**
 * What evaluating one snippet did: a value, a declaration, a statement that ran, or one of the ways
 * it can fail. {@link #source()} is the snippet as JShell evaluated it.
 */
public sealed interface Outcome {

  /** The snippet's source. */
  String source();

  /** Whether the snippet failed (compile error, exception, cancelled or incomplete). */
  default boolean failed() {
    return false;
  }

  /**
   * An expression or a variable with a value, printed as {@code name ==> value}.
   *
   * @param name the variable, {@code $1} for a bare expression
   * @param type the static type, as JShell names it
   * @param value the value's text: {@code toString()}, strings quoted, arrays expanded
   * @param temporary whether JShell made the name up ({@code $1})
   */
  record Value(String source, String name, String type, String value, boolean temporary)
      implements Outcome {}

  /**
   * A method, type, import or variable without a value was declared.
   *
   * @param kind {@code method}, {@code class}, {@code interface}, {@code enum}, {@code record},
   *     {@code import}, {@code variable}
   * @param name the declaration's name, with parameter types for a method
   * @param action {@code created}, {@code modified} or {@code replaced}
   * @param unresolved what it refers to that is not declared yet (then it cannot be used yet)
   */
  record Declared(String source, String kind, String name, String action, List<String> unresolved)
      implements Outcome {
    public Declared {
      unresolved = List.copyOf(unresolved);
    }
  }

  /** A statement ran and produced no value. */
  record Executed(String source) implements Outcome {}

  /** The compiler rejected the snippet. */
  record CompileError(String source, List<Problem> problems) implements Outcome {
    public CompileError {
      problems = List.copyOf(problems);
    }

    @Override
    public boolean failed() {
      return true;
    }
  }

  /**
   * The snippet threw.
   *
   * @param exception the very object the snippet threw when local execution kept it, else JShell's
   *     copy ({@code jdk.jshell.EvalException}) or an {@link UnresolvedException}
   */
  record Failed(String source, Throwable exception) implements Outcome {
    @Override
    public boolean failed() {
      return true;
    }
  }

  /** The snippet was stopped ({@link Engine#stop()}, Ctrl-C in the shell). */
  record Cancelled(String source) implements Outcome {
    @Override
    public boolean failed() {
      return true;
    }
  }

  /** The source ended before the snippet did (only at the end of a script). */
  record Incomplete(String source) implements Outcome {
    @Override
    public boolean failed() {
      return true;
    }
  }

  /**
   * One compiler diagnostic, positions counted in characters from the start of the snippet.
   *
   * @param message the compiler's message, possibly several lines
   * @param start where the offending code starts
   * @param end where it ends (exclusive)
   * @param position the point the compiler blames, between start and end
   */
  record Problem(String message, int start, int end, int position) {}
}
