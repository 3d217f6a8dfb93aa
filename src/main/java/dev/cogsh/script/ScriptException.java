package dev.cogsh.script;

import dev.cogsh.human.Hinted;

/** A script cannot be run or written: a missing file, a folder, an unreadable one. */
public final class ScriptException extends RuntimeException implements Hinted {
  private static final long serialVersionUID = 1L;

  private final String hint;

  ScriptException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** What to do about it. */
  @Override
  public String hint() {
    return hint;
  }
}
