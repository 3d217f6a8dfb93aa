package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;

/**
 * Says which code was wrong: Cognito's {@code CodeMismatchException} is the same for an
 * authenticator, an SMS and an e-mail code, and the hint should name the one the user typed.
 */
final class WrongCodes {

  private WrongCodes() {}

  /** {@code e} with a hint for the kind of code {@code challenge} asked for; else {@code e}. */
  static AuthException explain(Challenge challenge, AuthException e) {
    if (Challenge.CUSTOM_CHALLENGE.equals(challenge.name())
        && e.reason() == Reason.WRONG_PASSWORD) {
      return new AuthException(
          e.reason(),
          "The pool's custom challenge refused the answer for " + challenge.username(),
          "its Lambda triggers ended the sign-in; start again with auth.login() and answer "
              + challenge.parameters(),
          e);
    }
    if (e.reason() != Reason.CODE_MISMATCH || !e.getMessage().startsWith("Wrong code")) {
      return e;
    }
    String to = challenge.destination() == null ? "" : " to " + challenge.destination();
    String hint =
        switch (challenge.name()) {
          case Challenge.SOFTWARE_TOKEN_MFA, Challenge.MFA_SETUP ->
              "type the current code of the authenticator app (codes change every 30 seconds; check"
                  + " the phone's clock): auth.answer(\"…\")";
          case Challenge.SMS_MFA, Challenge.SMS_OTP ->
              "type the code of the latest SMS" + to + ": auth.answer(\"…\")";
          case Challenge.EMAIL_OTP ->
              "type the code of the latest e-mail" + to + ": auth.answer(\"…\")";
          default -> null;
        };
    return hint == null ? e : new AuthException(e.reason(), e.getMessage(), hint, e);
  }
}
