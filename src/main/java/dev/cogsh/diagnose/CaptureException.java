package dev.cogsh.diagnose;

import dev.cogsh.human.Hinted;

/** A captured request that cannot be read, with what to do about it. */
public final class CaptureException extends Exception implements Hinted {

  private static final long serialVersionUID = 1L;

  private final String hint;

  public CaptureException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** What to do about it. */
  @Override
  public String hint() {
    return hint;
  }
}
