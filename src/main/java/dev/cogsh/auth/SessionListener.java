package dev.cogsh.auth;

/**
 * Told when {@link Auth}'s session changes, so that something outside it (the remembered session
 * file of {@code creds}) can follow. Called with {@code Auth}'s lock held: keep it quick and never
 * call back into {@code Auth}.
 */
public interface SessionListener {

  /** Does nothing: the default. */
  SessionListener NONE =
      new SessionListener() {
        @Override
        public void signedIn(String user, Tokens tokens) {}

        @Override
        public void signedOut() {}
      };

  /** After a sign-in or a token refresh: {@code user} as typed at sign-in, the new tokens. */
  void signedIn(String user, Tokens tokens);

  /**
   * As {@link #signedIn(String, Tokens)}, with the {@code DEVICE_KEY} the refresh token is bound to
   * on a pool that tracks devices ({@code null} when none): a later refresh must send it.
   */
  default void signedIn(String user, Tokens tokens, String deviceKey) {
    signedIn(user, tokens);
  }

  /** After {@code logout()}, or when the refresh token stopped working. */
  void signedOut();
}
