package dev.cogsh.shell;

import dev.cogsh.human.Redactor;
import java.io.PrintWriter;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Where the shell writes: values on {@code out}, errors on {@code err}. On a terminal both go to
 * the terminal, in colour when it has colours; on plain streams the text is plain. Every line goes
 * through the session's redactor: no secret it knows, and nothing shaped like one, is printed.
 */
final class Printer {

  private final PrintWriter out;
  private final PrintWriter err;
  private final Function<AttributedString, String> render;
  private final Redactor redactor;

  private Printer(
      PrintWriter out,
      PrintWriter err,
      Function<AttributedString, String> render,
      Redactor redactor) {
    this.out = out;
    this.err = err;
    this.render = render;
    this.redactor = redactor;
  }

  /**
   * Prints to the terminal (colours as far as it has them), every line through {@code redactor}.
   */
  static Printer of(Terminal terminal, Redactor redactor) {
    return new Printer(terminal.writer(), terminal.writer(), s -> s.toAnsi(terminal), redactor);
  }

  /** Prints plain text to two writers, every line through {@code redactor}. */
  static Printer plain(PrintWriter out, PrintWriter err, Redactor redactor) {
    return new Printer(out, err, AttributedString::toString, redactor);
  }

  /** The redactor every line goes through. */
  Redactor redactor() {
    return redactor;
  }

  /**
   * Prints {@code line} as it is, NOT redacted: only for a value the user asked for by name ({@code
   * creds.get().secretKey()}), and always after a line that says so.
   */
  void outAsked(String line) {
    out.println(line);
    out.flush();
  }

  /** Renders a styled text as this printer would print it. */
  String render(AttributedString text) {
    return render.apply(text);
  }

  /** Prints {@code text} with no line end. */
  void print(String text) {
    out.print(redactor.redact(text));
    out.flush();
  }

  void out(String line) {
    out.println(redactor.redact(line));
    out.flush();
  }

  void out(AttributedString line) {
    out(render(line));
  }

  void err(String line) {
    out.flush();
    err.println(redactor.redact(line));
    err.flush();
  }

  void err(AttributedString line) {
    err(render(line));
  }
}
