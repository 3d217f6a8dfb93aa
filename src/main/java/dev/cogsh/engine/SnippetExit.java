package dev.cogsh.engine;

import dev.cogsh.human.Hinted;

/**
 * A snippet called {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}: the call is
 * refused and the snippet ends here (see {@link ExitCallRewriter}). An {@link Error}, like the
 * JVM's own end, so that a snippet's {@code catch (Exception e)} does not swallow it.
 */
public final class SnippetExit extends Error implements Hinted {
  private static final long serialVersionUID = 1L;

  private final String call;
  private final int status;
  private final int line;

  SnippetExit(String call, int status) {
    this(call, status, 0);
  }

  private SnippetExit(String call, int status, int line) {
    super(call + "(" + status + ")" + (line > 0 ? " at line " + line + " of the snippet" : ""));
    this.call = call;
    this.status = status;
    this.line = line;
  }

  /** The same exit, placed at {@code line} (from 1) of the snippet's source. */
  SnippetExit at(int line) {
    SnippetExit placed = new SnippetExit(call, status, line);
    placed.setStackTrace(getStackTrace());
    return placed;
  }

  /** {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}. */
  public String call() {
    return call;
  }

  /** The status the snippet asked for. */
  public int status() {
    return status;
  }

  /** The line of the snippet's source (from 1) that made the call, or 0 when not known. */
  public int line() {
    return line;
  }

  /** {@code System.exit(3)}. */
  public String callText() {
    return call + "(" + status + ")";
  }

  @Override
  public String hint() {
    return "/exit " + status + " leaves cogsh with this status";
  }
}
