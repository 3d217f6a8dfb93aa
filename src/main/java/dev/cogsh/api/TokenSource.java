package dev.cogsh.api;

/**
 * Where {@link Api} gets the Cognito tokens it sends in the {@code idToken} and {@code accessToken}
 * modes. The session adapts {@code auth} to it (tokens refreshed within a minute of expiry); tests
 * pass their own.
 */
public interface TokenSource {

  /** A valid ID token (refreshed first when it is about to expire). */
  String idToken();

  /** A valid access token (refreshed first when it is about to expire). */
  String accessToken();

  /** The server said the token expired although it looked valid: refresh before the next call. */
  default void expired() {}

  /** No tokens: every call explains how to sign in. */
  static TokenSource none() {
    return new TokenSource() {
      @Override
      public String idToken() {
        throw missing();
      }

      @Override
      public String accessToken() {
        throw missing();
      }
    };
  }

  private static ApiException missing() {
    return new ApiException(
        "no Cognito tokens to send: this api has no sign-in behind it",
        "sign in first (auth.login()), or call with .auth(IAM) or .auth(NONE)");
  }
}
