package dev.cogsh.session;

import dev.cogsh.human.Hinted;

/**
 * A session could not be switched or built as asked ({@code /config use NAME}); the session is
 * unchanged. The message says what, {@link #hint()} what to do.
 */
public final class SessionException extends Exception implements Hinted {

  private static final long serialVersionUID = 1L;

  private final String hint;

  SessionException(String message, String hint) {
    this(message, hint, null);
  }

  SessionException(String message, String hint, Throwable cause) {
    super(message, cause);
    this.hint = hint;
  }

  /** What to do about it, or {@code null}. */
  @Override
  public String hint() {
    return hint;
  }
}
