package dev.cogsh.session;

import dev.cogsh.api.TokenSource;
import dev.cogsh.auth.Auth;

/**
 * {@code auth} as the token source of {@code api}'s {@code idToken} and {@code accessToken} modes:
 * {@link Auth#validTokens()} refreshes the tokens when either has less than a minute left; without
 * a session it says to sign in ({@code auth.login()}).
 */
final class AuthTokens implements TokenSource {

  private final Auth auth;

  AuthTokens(Auth auth) {
    this.auth = auth;
  }

  @Override
  public String idToken() {
    return auth.validTokens().idToken().raw();
  }

  @Override
  public String accessToken() {
    return auth.validTokens().accessToken().raw();
  }

  /** The server said the token expired although it looked valid: refresh it now. */
  @Override
  public void expired() {
    auth.refresh();
  }
}
