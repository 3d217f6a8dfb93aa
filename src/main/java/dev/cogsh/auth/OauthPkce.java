package dev.cogsh.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of one authorization request (RFC 7636 with S256, and OIDC's {@code state} and {@code
 * nonce}); randomness is passed in.
 *
 * @param verifier the PKCE {@code code_verifier}: 43 characters of base64url (32 random bytes)
 * @param challenge {@code BASE64URL(SHA-256(ASCII(verifier)))}, sent as {@code code_challenge}
 * @param state the CSRF guard the redirect must bring back unchanged
 * @param nonce the value the ID token must carry
 */
public record OauthPkce(String verifier, String challenge, String state, String nonce) {

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  /** Fresh values from {@code random}. */
  public static OauthPkce create(SecureRandom random) {
    String verifier = randomText(random, 32);
    return new OauthPkce(verifier, s256(verifier), randomText(random, 16), randomText(random, 16));
  }

  /** RFC 7636 §4.2: {@code code_challenge = BASE64URL-ENCODE(SHA256(ASCII(code_verifier)))}. */
  public static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return URL.encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static String randomText(SecureRandom random, int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return URL.encodeToString(b);
  }

  @Override
  public String toString() {
    return "OauthPkce[challenge=" + challenge + ", state=" + state + "]";
  }
}
