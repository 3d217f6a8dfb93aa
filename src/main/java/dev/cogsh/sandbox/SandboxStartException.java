package dev.cogsh.sandbox;

import dev.cogsh.human.Hinted;
import java.io.IOException;

/** The sandbox cannot start on its {@code --state} folder, or its address: one line and a hint. */
public final class SandboxStartException extends IOException implements Hinted {
  private static final long serialVersionUID = 1L;

  private final String hint;

  SandboxStartException(String message, String hint, Throwable cause) {
    super(message, cause);
    this.hint = hint;
  }

  @Override
  public String hint() {
    return hint;
  }
}
