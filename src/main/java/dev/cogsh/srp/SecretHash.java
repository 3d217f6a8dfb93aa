package dev.cogsh.srp;

import java.util.Base64;

/**
 * Cognito's {@code SECRET_HASH} for app clients that have a client secret: {@code
 * base64(HMAC-SHA256(key = UTF8(clientSecret), message = UTF8(username ‖ clientId)))}. The secret
 * is used as its text bytes, not decoded.
 *
 * <p>Which username matters: the {@code USERNAME} of the same request — in a challenge response
 * that is the internal name from the challenge, not what the user typed.
 */
public final class SecretHash {

  private SecretHash() {}

  /** Computes {@code SECRET_HASH} for one request. */
  public static String compute(String username, String clientId, String clientSecret) {
    byte[] mac = Digests.hmac(Srp.utf8(clientSecret), Srp.utf8(username + clientId));
    return Base64.getEncoder().encodeToString(mac);
  }
}
