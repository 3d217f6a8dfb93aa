package dev.cogsh.auth;

import java.util.List;

/**
 * Answers nothing: each method throws an {@link AuthException} (reason {@code
 * CHALLENGE_UNANSWERED}) naming the challenge and how to answer it from a script or the shell.
 */
final class NoAnswers implements ChallengeAnswers {

  static final NoAnswers INSTANCE = new NoAnswers();

  private NoAnswers() {}

  static AuthException unanswered(String message, String hint) {
    return new AuthException(AuthException.Reason.CHALLENGE_UNANSWERED, message, hint);
  }

  @Override
  public String username(String suggested) {
    if (suggested != null) {
      return suggested;
    }
    throw new AuthException(
        AuthException.Reason.CONFIGURATION,
        "no user name to sign in with",
        "call auth.login(\"user@example.com\") or set username in cogsh.json / COGSH_USERNAME");
  }

  @Override
  public String password(String username) {
    throw new AuthException(
        AuthException.Reason.CONFIGURATION,
        "no password for " + username,
        "call auth.login(\"" + username + "\", password) or set COGSH_PASSWORD for scripted runs");
  }

  @Override
  public String code(Challenge challenge) {
    String hint = "call auth.answer(\"123456\") with the code";
    String message = challenge.name() + " required";
    switch (challenge.name()) {
      case Challenge.SOFTWARE_TOKEN_MFA -> {
        message += " — enter the code of your authenticator app";
        hint =
            "call auth.answer(\"123456\") or give the TOTP secret with auth.totp(\"BASE32…\")"
                + " to have codes generated";
      }
      case Challenge.SMS_MFA, Challenge.SMS_OTP, Challenge.EMAIL_OTP -> {
        String to = challenge.destination();
        message += " — Cognito sent a code" + (to == null ? "" : " to " + to);
      }
      default -> {}
    }
    throw unanswered(message, hint);
  }

  @Override
  public NewPassword newPassword(Challenge challenge) {
    List<String> required = challenge.requiredAttributes();
    String hint =
        required.isEmpty()
            ? "call auth.newPassword(\"…\") with the new password"
            : "call auth.newPassword(\"…\", Map.of("
                + String.join(", ", required.stream().map(a -> "\"" + a + "\", \"…\"").toList())
                + "))";
    throw unanswered(
        "NEW_PASSWORD_REQUIRED — "
            + challenge.username()
            + " must choose a new password"
            + (required.isEmpty() ? "" : " and give " + String.join(", ", required)),
        hint);
  }

  @Override
  public String mfaType(Challenge challenge, List<String> options) {
    throw unanswered(
        "SELECT_MFA_TYPE required — choose one of " + String.join(", ", options),
        "call auth.answer(\""
            + (options.isEmpty() ? "SOFTWARE_TOKEN_MFA" : options.get(0))
            + "\")");
  }

  @Override
  public String totpSetupCode(Challenge challenge, TotpSetup setup) {
    throw unanswered(
        "MFA_SETUP required — the pool wants an authenticator app (TOTP) for "
            + challenge.username(),
        "add the key of auth.totpSetup().uri() to an authenticator app, then call"
            + " auth.answer(\"123456\") with its code, or auth.totp(auth.totpSetup().secretCode())");
  }

  @Override
  public String customAnswer(Challenge challenge) {
    throw unanswered(
        "CUSTOM_CHALLENGE from the pool's Lambda trigger — parameters " + challenge.parameters(),
        "call auth.answer(\"…\") with the answer the trigger expects");
  }

  @Override
  public String signInChoice(Challenge challenge, List<String> offered) {
    String first = offered.isEmpty() ? "EMAIL_OTP" : offered.get(0);
    throw unanswered(
        "SELECT_CHALLENGE: choose how to sign in — one of "
            + (offered.isEmpty() ? "the ways the pool allows" : String.join(", ", offered)),
        "call auth.answer(\"" + first + "\"), or start with auth.login(user, " + first + ")");
  }
}
