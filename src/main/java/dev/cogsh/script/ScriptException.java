package dev.cogsh.script;

/** A script cannot be run or written: a missing file, a folder, an unreadable one. */
public final class ScriptException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String hint;

  ScriptException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** What to do about it. */
  public String hint() {
    return hint;
  }
}
