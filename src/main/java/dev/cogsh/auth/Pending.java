package dev.cogsh.auth;

import java.util.Map;

/**
 * A sign-in paused at a challenge: what {@code auth.answer(..)} needs to continue it.
 *
 * @param challenge the challenge waiting for an answer
 * @param session Cognito's {@code Session} for the next call
 * @param displayName what the user typed, for messages and the otpauth label
 * @param username the internal user name to send as {@code USERNAME} (and hash in SECRET_HASH)
 * @param setup the key associated for {@code MFA_SETUP}, once associated (else null)
 */
record Pending(
    Challenge challenge, String session, String displayName, String username, TotpSetup setup) {

  /** The same pause after {@code AssociateSoftwareToken}: its key and its new session. */
  Pending withSetup(TotpSetup associated, String newSession) {
    return new Pending(challenge, newSession, displayName, username, associated);
  }

  /** One-off answers that give {@code code} to the waiting challenge ({@code auth.answer}). */
  ScriptedAnswers answeredWith(String code) {
    if (Challenge.NEW_PASSWORD_REQUIRED.equals(challenge.name())) {
      throw new AuthException(
          AuthException.Reason.CHALLENGE_UNANSWERED,
          "NEW_PASSWORD_REQUIRED is waiting for a new password, not a code",
          "call auth.newPassword(\"…\")");
    }
    return ChallengeAnswers.scripted().withAnswer(challenge.name(), code);
  }

  /** One-off answers for {@code NEW_PASSWORD_REQUIRED} ({@code auth.newPassword}). */
  ScriptedAnswers answeredWithNewPassword(String password, Map<String, String> attributes) {
    if (!Challenge.NEW_PASSWORD_REQUIRED.equals(challenge.name())) {
      throw new AuthException(
          AuthException.Reason.CHALLENGE_UNANSWERED,
          challenge.name() + " is waiting, not NEW_PASSWORD_REQUIRED",
          "call auth.answer(\"…\")");
    }
    ScriptedAnswers answers = ChallengeAnswers.scripted().withNewPassword(password);
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      answers = answers.withAttribute(e.getKey(), e.getValue());
    }
    return answers;
  }
}
