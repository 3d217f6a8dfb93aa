package dev.cogsh.script;

import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.SnippetExit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A step of a script that failed, placed at its file and line.
 *
 * @param snippet the step
 * @param line the line (from 1) the failure points at: the compiler's position for a compile error,
 *     else the line where the step's code starts (JShell keeps the line that threw only in its copy
 *     of an exception, and the engine hands over the object itself)
 * @param what what failed, in one line: {@code check failed: …}, {@code NullPointerException: …}
 * @param outcome the engine's outcome with the details (problems, the exception), or {@code null}
 *     for a command
 */
public record Failure(ScriptSnippet snippet, int line, String what, Outcome outcome) {

  private static final int SHOWN_LINES = 12;

  public Failure {
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(what, "what");
  }

  /** The failure of a Java step or of the unfinished tail of a file. */
  public static Failure of(ScriptSnippet snippet, Outcome outcome) {
    if (outcome instanceof Outcome.CompileError error) {
      return compileError(snippet, error);
    }
    if (outcome instanceof Outcome.Failed failed
        && failed.exception() instanceof SnippetExit exit) {
      int line = exit.line() > 0 ? sourceStartLine(snippet) + exit.line() - 1 : snippet.line();
      return new Failure(
          snippet,
          line,
          exit.callText() + " called: the run ends with status " + exit.status(),
          outcome);
    }
    if (outcome instanceof Outcome.Failed failed) {
      Throwable thrown = failed.exception();
      return new Failure(snippet, snippet.line(), describe(thrown), outcome);
    }
    if (outcome instanceof Outcome.Cancelled) {
      return new Failure(snippet, snippet.line(), "cancelled", outcome);
    }
    if (outcome instanceof Outcome.Incomplete) {
      return new Failure(
          snippet, snippet.line(), "the file ends before this snippet does", outcome);
    }
    return new Failure(snippet, snippet.line(), "failed", outcome);
  }

  /** A slash command that reported a failure. */
  public static Failure ofCommand(ScriptSnippet snippet) {
    String name = snippet.source().split("\\s+", 2)[0];
    return new Failure(snippet, snippet.line(), "the command " + name + " failed", null);
  }

  /** The snippet's refused {@code System.exit}, when that is how it failed. */
  public Optional<SnippetExit> exitCall() {
    return outcome instanceof Outcome.Failed failed
            && failed.exception() instanceof SnippetExit exit
        ? Optional.of(exit)
        : Optional.empty();
  }

  /** {@code notes-crud.jsh:14}. */
  public String location() {
    return snippet.file() + ":" + line;
  }

  /**
   * The report: {@code FILE:LINE: what failed}, then the snippet's code, indented.
   *
   * <pre>
   * notes-crud.jsh:14: check failed: one note listed (values: 0)
   *   | check(notes.size() == 1, "one note listed", notes.size());
   * </pre>
   */
  public String report() {
    List<String> lines = snippet.code().lines().collect(Collectors.toList());
    StringBuilder text = new StringBuilder(location()).append(": ").append(what);
    for (String line : lines.subList(0, Math.min(lines.size(), SHOWN_LINES))) {
      text.append("\n  | ").append(line);
    }
    if (lines.size() > SHOWN_LINES) {
      text.append("\n  | … (").append(lines.size() - SHOWN_LINES).append(" more lines)");
    }
    return text.toString();
  }

  private static Failure compileError(ScriptSnippet snippet, Outcome.CompileError error) {
    if (error.problems().isEmpty()) {
      return new Failure(snippet, snippet.line(), "does not compile", error);
    }
    Outcome.Problem problem = error.problems().get(0);
    int at = problem.start() >= 0 ? problem.start() : problem.position();
    int line = snippet.line();
    if (at >= 0 && at <= snippet.source().length()) {
      line = sourceStartLine(snippet) + SourceText.lineOf(snippet.source(), at) - 1;
    }
    return new Failure(snippet, line, "does not compile: " + compilerMessage(problem), error);
  }

  /** {@code cannot find symbol (variable foo)}: javac's first line and its symbol line. */
  private static String compilerMessage(Outcome.Problem problem) {
    List<String> lines =
        problem.message().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      return "the compiler rejected it";
    }
    String first = lines.get(0);
    return lines.stream()
        .skip(1)
        .filter(l -> l.startsWith("symbol:"))
        .findFirst()
        .map(symbol -> first + " (" + symbol.substring("symbol:".length()).strip() + ")")
        .orElse(first);
  }

  /** One line: a check's own message, else the exception's simple name and message. */
  static String describe(Throwable thrown) {
    if (thrown instanceof CheckException || thrown instanceof ParameterException) {
      // the first line says it; more lines (a response body) are details
      return thrown.getMessage().strip().lines().findFirst().orElse("check failed");
    }
    String name = className(thrown);
    name = name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    String message = thrown.getMessage();
    return message == null || message.isBlank()
        ? name
        : name + ": " + SourceText.firstLine(message);
  }

  /**
   * The class of what the snippet threw. When the engine could not keep the object, it hands over
   * JShell's copy, an {@code EvalException} that knows the original class's name.
   */
  private static String className(Throwable thrown) {
    Class<?> type = thrown.getClass();
    if (type.getName().equals("jdk.jshell.EvalException")) {
      try {
        return String.valueOf(type.getMethod("getExceptionClassName").invoke(thrown));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return type.getName();
      }
    }
    return type.getName();
  }

  /** The file line of the snippet's first character (its leading comments included). */
  private static int sourceStartLine(ScriptSnippet snippet) {
    String source = snippet.source();
    return snippet.line() - SourceText.lineOf(source, SourceText.codeStart(source)) + 1;
  }
}
