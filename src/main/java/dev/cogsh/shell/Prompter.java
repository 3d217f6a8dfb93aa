package dev.cogsh.shell;

/**
 * Asks the user for a line or a secret while a snippet runs (the password of {@code auth.login()},
 * an MFA code). Stands in for {@code dev.cogsh.auth.Prompter} until that lands on main, with the
 * same methods.
 */
public interface Prompter {

  /** Reads a line, showing {@code prompt}. */
  String readLine(String prompt);

  /** Reads a secret without showing it. */
  String readSecret(String prompt);

  /** Tells the user something. */
  void println(String text);
}
