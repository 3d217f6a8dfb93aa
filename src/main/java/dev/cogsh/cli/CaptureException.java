package dev.cogsh.cli;

import dev.cogsh.human.Hinted;

/** A captured request that cannot be read (exit status 2), with what to do about it. */
final class CaptureException extends Exception implements Hinted {

  private static final long serialVersionUID = 1L;

  private final String hint;

  CaptureException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  @Override
  public String hint() {
    return hint;
  }
}
