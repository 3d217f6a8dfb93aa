package dev.cogsh.engine;

import dev.cogsh.human.Hinted;

/**
 * A snippet used a method or class that refers to something not declared yet (JShell's {@code
 * UnresolvedReferenceException}, said in words).
 */
public final class UnresolvedException extends RuntimeException implements Hinted {
  private static final long serialVersionUID = 1L;

  UnresolvedException(String message, StackTraceElement[] stack) {
    super(message);
    setStackTrace(stack);
  }

  /** What to do about it. */
  @Override
  public String hint() {
    return "declare what it refers to, then call it again";
  }
}
