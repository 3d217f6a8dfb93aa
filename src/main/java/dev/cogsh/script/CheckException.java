package dev.cogsh.script;

/**
 * A {@code check(..)} or {@code expect(..)} in a script did not hold. The message says what was
 * checked and the values involved; the run stops at the snippet that threw it.
 */
public final class CheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CheckException(String message) {
    super(message);
  }
}
