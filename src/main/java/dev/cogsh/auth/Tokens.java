package dev.cogsh.auth;

import dev.cogsh.human.Durations;
import dev.cogsh.human.Masks;
import java.time.Duration;
import java.time.Instant;

/**
 * The tokens of one signed-in session. {@code expiresAt} is the ID token's {@code exp}; the
 * Identity Pool exchange and API calls need the ID token to be valid. {@code toString()} masks
 * every token.
 *
 * @param idToken the ID token (claims about the user, sent to the Identity Pool)
 * @param accessToken the access token (for User Pool calls such as GlobalSignOut)
 * @param refreshToken the refresh token (opaque; {@code null} when Cognito did not issue one)
 * @param expiresAt when the ID token expires
 */
public record Tokens(Jwt idToken, Jwt accessToken, String refreshToken, Instant expiresAt) {

  /** Tokens whose expiry is the ID token's {@code exp}. */
  public static Tokens of(Jwt idToken, Jwt accessToken, String refreshToken) {
    return new Tokens(idToken, accessToken, refreshToken, idToken.expiry());
  }

  /** How long the ID token stays valid after {@code now} (negative once expired). */
  public Duration validFor(Instant now) {
    return expiresAt == null ? Duration.ZERO : Duration.between(now, expiresAt);
  }

  /**
   * How long both the ID and the access token stay valid after {@code now}: the sooner of the two
   * ({@code exp}). A pool's app client sets their lifetimes apart (5 minutes to a day each), so an
   * access token may expire long before the ID token.
   */
  public Duration freshFor(Instant now) {
    Duration left = validFor(now);
    Instant access = accessToken == null ? null : accessToken.expiry();
    if (access != null && access.isBefore(now.plus(left))) {
      left = Duration.between(now, access);
    }
    return left;
  }

  /**
   * The user's internal name: {@code cognito:username} of the ID token, else {@code username} of
   * the access token, else {@code sub}. For pools that sign in with an e-mail or phone alias this
   * is the {@code sub}-like internal name, which is what Cognito hashes in a refresh's SECRET_HASH.
   */
  public String username() {
    String name = idToken.claim("cognito:username");
    if (name == null && accessToken != null) {
      name = accessToken.claim("username");
    }
    return name != null ? name : idToken.subject();
  }

  /**
   * {@code Signed in as ada@example.com (sub 5f0c…), ID token valid 59m 59s}: the e-mail claim
   * (else the user name), the start of {@code sub}, and how long the ID token has left at {@code
   * now}.
   */
  public String describe(Instant now) {
    return describe(now, null);
  }

  /**
   * As {@link #describe(Instant)}, naming the user by the e-mail claim, else by {@code typed} (the
   * name signed in with), else the user name. When that is not the user name (a pool that signs in
   * with e-mail addresses gives users a UUID as user name), the user name is shown beside it in
   * full: {@code Signed in as ada@example.com (username 5f0c2b1e-…), ID token valid 59m 59s}.
   */
  public String describe(Instant now, String typed) {
    String email = idToken.claim("email");
    String username = username();
    String shown = email != null ? email : typed != null && !typed.isBlank() ? typed : username;
    String sub = idToken.subject();
    String ids;
    if (username == null || shown.equalsIgnoreCase(username)) {
      ids = "sub " + (sub == null ? "?" : Masks.shortId(sub));
    } else if (username.equals(sub)) {
      ids = "username " + username;
    } else {
      ids = "username " + username + ", sub " + (sub == null ? "?" : Masks.shortId(sub));
    }
    Duration left = validFor(now);
    return "Signed in as "
        + shown
        + " ("
        + ids
        + "), ID token "
        + (left.isNegative()
            ? "expired " + Durations.format(left.negated()) + " ago"
            : "valid " + Durations.format(left));
  }

  @Override
  public String toString() {
    return "Tokens[user="
        + username()
        + ", id="
        + idToken
        + ", access="
        + accessToken
        + ", refresh="
        + Masks.token(refreshToken)
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
