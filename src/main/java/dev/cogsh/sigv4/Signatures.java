package dev.cogsh.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The two primitives of SigV4: {@code HMAC-SHA256} and {@code SHA-256}, with lower-case hex. */
public final class Signatures {

  private static final String HEX = "0123456789abcdef";

  private Signatures() {}

  /** {@code Hex(HMAC-SHA256(key, data))}; the signature of Task 3. */
  public static String hmacHex(byte[] key, String data) {
    return hex(hmac(key, data));
  }

  /** {@code HMAC-SHA256(key, UTF-8(data))}. */
  public static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** {@code Hex(SHA-256(data))}; the payload hash and the hash of the canonical request. */
  public static String sha256Hex(byte[] data) {
    try {
      return hex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Lower-case hexadecimal, two characters per byte. */
  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX.charAt((bytes[i] >> 4) & 0xf);
      out[2 * i + 1] = HEX.charAt(bytes[i] & 0xf);
    }
    return new String(out);
  }
}
