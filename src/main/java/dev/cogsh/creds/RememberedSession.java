package dev.cogsh.creds;

import dev.cogsh.auth.Jwt;
import dev.cogsh.auth.Tokens;
import dev.cogsh.human.Masks;
import java.time.Instant;
import java.util.Objects;

/**
 * What is kept of a signed-in session between processes: the tokens, the identity id and the last
 * temporary credentials (no password, ever), and the {@code DEVICE_KEY} the refresh token is bound
 * to on a pool that tracks devices (a reference into the one device store, never the device's
 * password). Prints masked.
 *
 * @param key what it belongs to
 * @param user the user as typed at sign-in
 * @param tokens the ID, access and refresh tokens
 * @param credentials the last Identity Pool credentials, {@code null} before the first exchange
 * @param deviceKey the device the refresh token is bound to, {@code null} when none
 */
public record RememberedSession(
    RememberKey key, String user, Tokens tokens, AwsCredentials credentials, String deviceKey) {

  /** The file format; a file of another version is ignored. */
  public static final int VERSION = 1;

  public RememberedSession {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(tokens, "tokens");
  }

  /** A session of a pool that tracks no device. */
  public RememberedSession(
      RememberKey key, String user, Tokens tokens, AwsCredentials credentials) {
    this(key, user, tokens, credentials, null);
  }

  /** Tokens from their stored text. */
  static Tokens tokens(String idToken, String accessToken, String refreshToken) {
    return Tokens.of(
        Jwt.decode(idToken), accessToken == null ? null : Jwt.decode(accessToken), refreshToken);
  }

  /** The same session with new credentials. */
  RememberedSession with(AwsCredentials next) {
    return new RememberedSession(key, user, tokens, next, deviceKey);
  }

  /** The credentials while they are valid for longer than {@code margin} after {@code now}. */
  boolean credentialsValidAt(Instant now, java.time.Duration margin) {
    return credentials != null
        && credentials.expiration() != null
        && credentials.expiration().isAfter(now.plus(margin));
  }

  /** When the session stops working without a call: the credentials', else the token's, expiry. */
  Instant until() {
    return credentials != null && credentials.expiration() != null
        ? credentials.expiration()
        : tokens.expiresAt();
  }

  @Override
  public String toString() {
    return "RememberedSession["
        + user
        + ", "
        + key.describe()
        + ", refresh token "
        + Masks.HIDDEN
        + (credentials == null ? "" : ", " + Masks.keyId(credentials.accessKeyId()))
        + (deviceKey == null ? "" : ", device " + deviceKey)
        + "]";
  }
}
