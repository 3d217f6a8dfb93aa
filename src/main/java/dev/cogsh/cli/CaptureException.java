package dev.cogsh.cli;

/** A captured request that cannot be read (exit status 2), with what to do about it. */
final class CaptureException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String hint;

  CaptureException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  String hint() {
    return hint;
  }
}
