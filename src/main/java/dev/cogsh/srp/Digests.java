package dev.cogsh.srp;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hash H = SHA-256, HMAC-SHA256 and HKDF-SHA256 (RFC 5869). */
final class Digests {

  private Digests() {}

  /** {@code H(part1 ‖ part2 ‖ …)}. */
  static byte[] hash(byte[]... parts) {
    MessageDigest digest = digest();
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  /** {@code HMAC-SHA256(key, part1 ‖ part2 ‖ …)}. */
  static byte[] hmac(byte[] key, byte[]... parts) {
    Mac mac = mac("HmacSHA256", key);
    for (byte[] part : parts) {
      mac.update(part);
    }
    return mac.doFinal();
  }

  /**
   * HKDF-SHA256 (RFC 5869 §2.2 extract, §2.3 expand) for an output of at most one block (32 bytes),
   * which is all Cognito needs: {@code PRK = HMAC(salt, ikm)}, {@code OKM = HMAC(PRK, info ‖
   * 0x01)}.
   */
  static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info, int length) {
    if (length < 1 || length > 32) {
      throw new IllegalArgumentException("one HKDF-SHA256 block holds 1 to 32 bytes");
    }
    byte[] prk = hmac(salt, ikm);
    byte[] t1 = hmac(prk, info, new byte[] {1});
    return Arrays.copyOf(t1, length);
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      // every Java platform must provide SHA-256 (java.security.MessageDigest javadoc)
      throw new IllegalStateException(e);
    }
  }

  static Mac mac(String algorithm, byte[] key) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac;
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is required of every Java platform (javax.crypto.Mac javadoc)
      throw new IllegalStateException(e);
    }
  }
}
