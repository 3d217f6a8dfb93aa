package dev.cogsh.shell;

import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.SnippetExit;
import dev.cogsh.human.Hinted;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.EvalException;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The one place that turns a failure into text: a compile error with its source line and a caret
 * under the position; an exception as one line per cause plus the hint a cogsh exception carries;
 * the full stack trace on request ({@code /trace}).
 *
 * <p>A hint is what the first {@link Hinted} exception in the chain ({@code AuthException}, {@code
 * CredsException}, …) says to do next.
 */
final class ErrorRenderer {

  static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
  static final AttributedStyle HINT = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
  static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();

  private ErrorRenderer() {}

  /** The lines that report a failed outcome. */
  static List<AttributedString> lines(Outcome outcome) {
    if (outcome instanceof Outcome.CompileError error) {
      return compileError(error);
    } else if (outcome instanceof Outcome.Failed failed
        && failed.exception() instanceof SnippetExit exit) {
      return exitRefused(exit);
    } else if (outcome instanceof Outcome.Failed failed) {
      return exception(failed.exception());
    } else if (outcome instanceof Outcome.Cancelled) {
      return List.of(styled(FAINT, "cancelled"));
    } else if (outcome instanceof Outcome.Incomplete incomplete) {
      return List.of(
          styled(ERROR, "error: the input ended inside a snippet:"),
          new AttributedString("  " + firstLine(incomplete.source())));
    }
    return List.of();
  }

  private static List<AttributedString> compileError(Outcome.CompileError error) {
    List<AttributedString> lines = new ArrayList<>();
    String source = error.source();
    for (Outcome.Problem problem : error.problems()) {
      List<String> message = new ArrayList<>(List.of(problem.message().split("\n")));
      // javac's "location: class" names JShell's wrapper class, which tells the user nothing
      message.removeIf(line -> line.strip().matches("location: class\\s*"));
      lines.add(styled(ERROR, "error: " + message.get(0).strip()));
      for (String more : message.subList(1, message.size())) {
        lines.add(new AttributedString("  " + more.strip()));
      }
      lines.addAll(caret(source, problem));
    }
    if (error.problems().isEmpty()) {
      lines.add(styled(ERROR, "error: the compiler rejected: " + firstLine(source)));
    }
    return lines;
  }

  /** The source line of the problem and a caret line under {@code start..end}. */
  static List<AttributedString> caret(String source, Outcome.Problem problem) {
    int start = problem.start() >= 0 ? problem.start() : problem.position();
    if (start < 0 || start > source.length()) {
      return List.of();
    }
    int lineStart = source.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = source.indexOf('\n', start);
    if (lineEnd < 0) {
      lineEnd = source.length();
    }
    int end = Math.min(Math.max(problem.end(), start + 1), Math.max(lineEnd, start + 1));
    int width = end - start;
    String marks = width <= 1 ? "^" : "^" + "-".repeat(width - 2) + "^";
    String indent = " ".repeat(start - lineStart);
    int lineNumber =
        (int) source.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    List<AttributedString> lines = new ArrayList<>();
    if (source.contains("\n")) {
      lines.add(styled(FAINT, "  at line " + lineNumber + " of the snippet:"));
    }
    lines.add(new AttributedString("  " + source.substring(lineStart, lineEnd)));
    lines.add(styled(ERROR, "  " + indent + marks));
    return lines;
  }

  /**
   * {@code System.exit(3) at line 1 of the snippet; the shell keeps running — /exit to leave}: the
   * call was refused, so there is no cause chain nor stack trace worth showing.
   */
  private static List<AttributedString> exitRefused(SnippetExit exit) {
    return List.of(
        styled(ERROR, exit.getMessage() + "; the shell keeps running — /exit to leave"),
        styled(HINT, "hint: " + exit.hint()));
  }

  /**
   * One line per exception in the cause chain, then the first hint found, then a pointer to /trace.
   */
  static List<AttributedString> exception(Throwable thrown) {
    List<AttributedString> lines = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    String hint = null;
    boolean first = true;
    String previous = null;
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      String line = describe(t);
      if (line != null && !line.equals(previous)) { // a wrapper that only adds a hint: once
        previous = line;
        lines.add(
            styled(first ? ERROR : AttributedStyle.DEFAULT, (first ? "" : "  caused by ") + line));
        first = false;
      }
      if (hint == null) {
        hint = hint(t).orElse(null);
      }
    }
    if (hint != null) {
      lines.add(styled(HINT, "hint: " + hint));
    }
    lines.add(styled(FAINT, "(/trace shows the stack trace)"));
    return lines;
  }

  /** The name and message of one exception; null for a wrapper that only repeats its cause. */
  private static String describe(Throwable t) {
    String name = simpleName(t);
    String message = t.getMessage();
    Throwable cause = t.getCause();
    if (cause != null && message != null && message.equals(cause.toString())) {
      return null;
    }
    if (message == null || message.isBlank()) {
      return name;
    }
    return name + ": " + message.strip().replace("\n", "\n    ");
  }

  private static String simpleName(Throwable t) {
    String name =
        t instanceof EvalException eval ? eval.getExceptionClassName() : t.getClass().getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  /** The hint of {@code t} when it is {@link Hinted} and says something. */
  static Optional<String> hint(Throwable t) {
    String hint = t instanceof Hinted hinted ? hinted.hint() : null;
    return hint == null || hint.isBlank() ? Optional.empty() : Optional.of(hint);
  }

  /** The full stack trace, causes included. */
  static List<AttributedString> trace(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    return text.toString().lines().map(AttributedString::new).toList();
  }

  private static String firstLine(String source) {
    String stripped = source.strip();
    int newline = stripped.indexOf('\n');
    return newline < 0 ? stripped : stripped.substring(0, newline) + " …";
  }

  private static AttributedString styled(AttributedStyle style, String text) {
    return new AttributedStringBuilder().styled(style, text).toAttributedString();
  }
}
