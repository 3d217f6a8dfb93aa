package dev.cogsh.cli;

import dev.cogsh.human.Hinted;

/**
 * Bad input to {@code cogsh sign}: what is wrong and what to do, printed as one line {@code cogsh
 * sign: <what> — <hint>} (or, for {@code --jsonl}, as the error of that line).
 */
final class SignException extends Exception implements Hinted {

  private static final long serialVersionUID = 1L;

  private final String hint;

  SignException(String what, String hint) {
    super(what + " — " + hint);
    this.hint = hint;
  }

  /** What the user can do about it. */
  @Override
  public String hint() {
    return hint;
  }
}
