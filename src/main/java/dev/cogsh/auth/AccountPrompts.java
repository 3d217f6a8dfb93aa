package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;

/**
 * What the account calls ask at the terminal: a password (masked), a new password (masked, twice),
 * a line. Without a terminal ({@link ChallengeAnswers#scripted()} or {@code none()}) each says
 * which call takes the value as an argument instead.
 */
final class AccountPrompts {
  private static final int TRIES = 3;

  private AccountPrompts() {}

  /** The terminal of interactive answers; otherwise an error whose hint is {@code instead}. */
  static Prompter terminal(ChallengeAnswers answers, String what, String instead) {
    if (answers instanceof InteractiveAnswers interactive) {
      return interactive.prompter();
    }
    throw new AuthException(
        Reason.CHALLENGE_UNANSWERED, "No terminal to ask for " + what + " at", instead);
  }

  /** A new password, typed twice without echo; three mismatches (or none typed) cancel. */
  static String newPassword(Prompter prompter, String label) {
    for (int i = 0; i < TRIES; i++) {
      String first = secret(prompter, label + ": ", label.toLowerCase(java.util.Locale.ROOT));
      String again = prompter.readSecret(label + " again: ");
      if (first.equals(again)) {
        return first;
      }
      prompter.println("The passwords differ; try again.");
    }
    throw cancelled("the passwords did not match " + TRIES + " times");
  }

  /** A secret typed without echo; none (empty or Ctrl-D) cancels. */
  static String secret(Prompter prompter, String prompt, String what) {
    String secret = prompter.readSecret(prompt);
    if (secret == null || secret.isEmpty()) {
      throw cancelled("no " + what + " given");
    }
    return secret;
  }

  /** A line; none (empty or Ctrl-D) cancels. */
  static String line(Prompter prompter, String prompt, String what) {
    String line = prompter.readLine(prompt);
    if (line == null || line.isBlank()) {
      throw cancelled("no " + what + " given");
    }
    return line.strip();
  }

  static AuthException cancelled(String why) {
    return new AuthException(
        Reason.CHALLENGE_UNANSWERED, "Cancelled: " + why, "call it again when ready");
  }
}
