package dev.cogsh.auth;

/**
 * The terminal as sign-in sees it; the shell implements it with JLine. Methods return {@code null}
 * at end of input (Ctrl-D), which cancels the sign-in.
 */
public interface Prompter {

  /** Reads a line that may be echoed (user name, one-time code, choice). */
  String readLine(String prompt);

  /** Reads a secret without echo (password). */
  String readSecret(String prompt);

  /** Shows a line of text (the otpauth URI, a list of choices). */
  void println(String text);
}
