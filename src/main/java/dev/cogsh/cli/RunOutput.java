package dev.cogsh.cli;

import dev.cogsh.human.Redactor;
import dev.cogsh.script.Failure;
import dev.cogsh.script.RunListener;
import dev.cogsh.script.Script;
import dev.cogsh.script.ScriptSnippet;
import dev.cogsh.script.SecretLiteralFilter;
import dev.cogsh.script.SecretParameters;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code cogsh run} adds to the shell's own output while it runs: each step as {@code
 * FILE:LINE> code} before the shell prints its value, and after the shell's rendering of a failure
 * the line {@code FILE:LINE: what failed} with the snippet. Colours only on a terminal; secret
 * literals are masked where they are written, and every line goes through the session's redactor.
 */
final class RunOutput implements RunListener {

  private static final String RESET = "\u001B[0m";
  private static final String FAINT = "\u001B[2m";
  private static final String RED = "\u001B[31m";
  private static final String GREEN = "\u001B[32m";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean color;
  private final Redactor redactor;

  /**
   * @param color whether to colour (stdout is a terminal)
   * @param redactor the session's redactor: every line goes through it
   */
  RunOutput(PrintWriter out, PrintWriter err, boolean color, Redactor redactor) {
    this.out = out;
    this.err = err;
    this.color = color;
    this.redactor = redactor;
  }

  @Override
  public void scriptStarted(Script script, int snippets) {
    out.println(style(FAINT, "# " + script.name() + " (" + plural(snippets, "snippet") + ")"));
    out.flush();
  }

  @Override
  public void snippetStarted(ScriptSnippet snippet, int index, int total) {
    // secret literals masked by position, then anything else the session knows or that looks secret
    String code =
        snippet.kind() == ScriptSnippet.Kind.COMMAND
            ? SecretParameters.masked(snippet.code())
            : SecretLiteralFilter.masked(snippet.code());
    int newline = code.indexOf('\n');
    String first = newline < 0 ? code : code.substring(0, newline) + " …";
    out.println(style(FAINT, snippet.location() + "> ") + mask(first));
    out.flush();
  }

  @Override
  public void snippetFailed(Failure failure) {
    out.flush();
    List<String> lines = SecretLiteralFilter.masked(failure.report()).lines().toList();
    err.println(style(RED, mask(lines.get(0))));
    lines.stream().skip(1).forEach(line -> err.println(mask(line)));
    err.flush();
  }

  /** The summary line, green when everything succeeded, red when not. */
  void summary(String line, boolean succeeded) {
    out.println(style(succeeded ? GREEN : RED, line));
    out.flush();
  }

  /**
   * A line about the run itself (the sandbox it uses), on stderr so stdout stays the transcript.
   */
  void note(String line) {
    err.println(style(FAINT, "cogsh: " + mask(line)));
    err.flush();
  }

  /** A problem that stops the run before it starts. */
  void problem(String line) {
    err.println(style(RED, "cogsh run: " + mask(line)));
    err.flush();
  }

  String mask(String text) {
    return redactor.redact(text);
  }

  private String style(String code, String text) {
    return color ? code + text + RESET : text;
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
