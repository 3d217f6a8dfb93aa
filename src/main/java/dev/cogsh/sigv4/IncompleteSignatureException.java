package dev.cogsh.sigv4;

import dev.cogsh.human.Hinted;

/**
 * A SigV4 {@code Authorization} header or credential scope that cannot be parsed. The message is
 * worded as API Gateway words its {@code IncompleteSignatureException}; {@link #hint()} says what
 * to do about it.
 */
public final class IncompleteSignatureException extends Exception implements Hinted {

  private static final long serialVersionUID = 1L;

  private final String hint;

  /** An error with API Gateway's message and a hint for the user. */
  public IncompleteSignatureException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** What the user can do about it. */
  @Override
  public String hint() {
    return hint;
  }
}
