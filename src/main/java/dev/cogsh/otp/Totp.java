package dev.cogsh.otp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as Cognito's {@code SOFTWARE_TOKEN_MFA} and authenticator apps use
 * them: RFC 6238 with HMAC-SHA1, a 30-second step from the Unix epoch and 6 digits, over the HOTP
 * truncation of RFC 4226 §5.3. The secret is the base32 text Cognito's {@code
 * AssociateSoftwareToken} returns.
 */
public final class Totp {

  /** The time step X of RFC 6238 §4.1, in seconds. */
  public static final int STEP_SECONDS = 30;

  /** The number of digits of a code. */
  public static final int DIGITS = 6;

  private Totp() {}

  /**
   * The code for the time step containing {@code t}.
   *
   * @throws IllegalArgumentException when the secret is not base32
   */
  public static String code(String base32Secret, Instant t) {
    return hotp(Base32.decode(base32Secret), counter(t));
  }

  /**
   * Whether {@code code} is the code of {@code t}'s time step or of up to {@code windowSteps} steps
   * before or after it (RFC 6238 §5.2 allows for clock drift and transmission delay).
   */
  public static boolean verify(String base32Secret, String code, Instant t, int windowSteps) {
    byte[] key = Base32.decode(base32Secret);
    long counter = counter(t);
    byte[] given = (code == null ? "" : code.strip()).getBytes(StandardCharsets.UTF_8);
    boolean match = false;
    for (long step = counter - windowSteps; step <= counter + windowSteps; step++) {
      // look at every step, so the time taken does not tell which one matched
      match |= MessageDigest.isEqual(hotp(key, step).getBytes(StandardCharsets.UTF_8), given);
    }
    return match;
  }

  /** {@code T = floor((t - T0) / X)} with {@code T0 = 0} (RFC 6238 §4.2). */
  static long counter(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), STEP_SECONDS);
  }

  /** HOTP (RFC 4226 §5.3): HMAC-SHA1 over the 8-byte counter, dynamic truncation, 6 digits. */
  static String hotp(byte[] key, long counter) {
    byte[] h = hmacSha1(key).doFinal(ByteBuffer.allocate(8).putLong(counter).array());
    int offset = h[h.length - 1] & 0x0f;
    int binary =
        ((h[offset] & 0x7f) << 24)
            | ((h[offset + 1] & 0xff) << 16)
            | ((h[offset + 2] & 0xff) << 8)
            | (h[offset + 3] & 0xff);
    String otp = Integer.toString(binary % 1_000_000);
    return "0".repeat(DIGITS - otp.length()) + otp;
  }

  private static Mac hmacSha1(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      return mac;
    } catch (GeneralSecurityException e) {
      // HmacSHA1 is required of every Java platform (javax.crypto.Mac javadoc)
      throw new IllegalStateException(e);
    }
  }
}
