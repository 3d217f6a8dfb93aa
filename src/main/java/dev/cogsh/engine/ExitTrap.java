package dev.cogsh.engine;

/**
 * What a snippet's {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} call instead
 * ({@link ExitCallRewriter} points them here): each throws {@link SnippetExit}, so the snippet ends
 * and the shell does not. Public because snippet classes, in their own class loader, call it.
 */
public final class ExitTrap {

  private ExitTrap() {}

  /** Stands in for {@code System.exit(status)}. */
  public static void systemExit(int status) {
    throw new SnippetExit("System.exit", status);
  }

  /** Stands in for {@code runtime.exit(status)}. */
  public static void runtimeExit(Runtime runtime, int status) {
    throw new SnippetExit("Runtime.exit", status);
  }

  /** Stands in for {@code runtime.halt(status)}. */
  public static void runtimeHalt(Runtime runtime, int status) {
    throw new SnippetExit("Runtime.halt", status);
  }
}
