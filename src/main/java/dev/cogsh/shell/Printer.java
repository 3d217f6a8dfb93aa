package dev.cogsh.shell;

import java.io.PrintWriter;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Where the shell writes: values on {@code out}, errors on {@code err}. On a terminal both go to
 * the terminal, in colour when it has colours; on plain streams the text is plain.
 */
final class Printer {

  private final PrintWriter out;
  private final PrintWriter err;
  private final Function<AttributedString, String> render;

  private Printer(PrintWriter out, PrintWriter err, Function<AttributedString, String> render) {
    this.out = out;
    this.err = err;
    this.render = render;
  }

  /** Prints to the terminal (colours as far as it has them). */
  static Printer of(Terminal terminal) {
    return new Printer(terminal.writer(), terminal.writer(), s -> s.toAnsi(terminal));
  }

  /** Prints plain text to two writers. */
  static Printer plain(PrintWriter out, PrintWriter err) {
    return new Printer(out, err, AttributedString::toString);
  }

  /** Renders a styled text as this printer would print it. */
  String render(AttributedString text) {
    return render.apply(text);
  }

  /** Prints {@code text} with no line end. */
  void print(String text) {
    out.print(text);
    out.flush();
  }

  void out(String line) {
    out.println(line);
    out.flush();
  }

  void out(AttributedString line) {
    out(render(line));
  }

  void err(String line) {
    out.flush();
    err.println(line);
    err.flush();
  }

  void err(AttributedString line) {
    err(render(line));
  }
}
