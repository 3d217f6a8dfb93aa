package dev.cogsh.auth;

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
}
