package dev.cogsh.script;

import dev.cogsh.human.Hinted;

/** A parameter is missing or written wrongly. The message names the parameter, never its value. */
public final class ParameterException extends RuntimeException implements Hinted {
  private static final long serialVersionUID = 1L;

  private final String hint;

  ParameterException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** What to do about it: which {@code --param} to pass. */
  @Override
  public String hint() {
    return hint;
  }
}
