package dev.cogsh.srp;

import static dev.cogsh.srp.SrpGroup.N;
import static dev.cogsh.srp.SrpGroup.pad;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The SRP-6a formulas shared by {@link SrpClient} and {@link SrpServer}, as RFC 5054 §2.5–2.6 names
 * them, with Cognito's choices: H is SHA-256, integers are hashed as {@link SrpGroup#pad}, the
 * identity hashed into {@code x} is {@code poolName ‖ USER_ID_FOR_SRP}, and the session key is cut
 * from S with HKDF instead of {@code K = H(S)}.
 */
final class Srp {

  /** The HKDF {@code info} Cognito uses to derive the 16-byte session key. */
  static final byte[] HKDF_INFO = "Caldera Derived Key".getBytes(StandardCharsets.UTF_8);

  private Srp() {}

  /** {@code u = H(PAD(A) ‖ PAD(B))} (RFC 5054 §2.6). */
  static BigInteger computeU(BigInteger A, BigInteger B) {
    return new BigInteger(1, Digests.hash(pad(A), pad(B)));
  }

  /** The inner hash of {@code x}: {@code H(poolName ‖ userIdForSrp ‖ ":" ‖ password)}. */
  static byte[] usernamePasswordHash(String poolName, String userIdForSrp, String password) {
    return Digests.hash(utf8(poolName + userIdForSrp + ":" + password));
  }

  /**
   * {@code x = H(s ‖ H(I ‖ ":" ‖ P))} (RFC 5054 §2.6) with {@code I = poolName ‖ userIdForSrp}. The
   * salt goes through the integer ({@code PAD(int(SALT))}), so a leading zero byte of the hex
   * Cognito sends is dropped and a high first byte gains a zero byte.
   */
  static BigInteger computeX(
      BigInteger salt, String poolName, String userIdForSrp, String password) {
    return new BigInteger(
        1, Digests.hash(pad(salt), usernamePasswordHash(poolName, userIdForSrp, password)));
  }

  /**
   * The 16-byte session key: {@code HKDF-SHA256(ikm = PAD(S), salt = PAD(u), info = "Caldera
   * Derived Key")} (RFC 5869). RFC 5054 §2.6 would use {@code K = H(S)}; Cognito does not.
   */
  static byte[] sessionKey(BigInteger S, BigInteger u) {
    return Digests.hkdf(pad(S), pad(u), HKDF_INFO, 16);
  }

  /** The bytes Cognito signs: {@code poolName ‖ userIdForSrp ‖ secretBlock ‖ timestamp}. */
  static byte[] signedMessage(
      String poolName, String userIdForSrp, byte[] secretBlock, String timestamp) {
    byte[] pool = utf8(poolName);
    byte[] user = utf8(userIdForSrp);
    byte[] time = utf8(timestamp);
    byte[] message = new byte[pool.length + user.length + secretBlock.length + time.length];
    int at = 0;
    for (byte[] part : new byte[][] {pool, user, secretBlock, time}) {
      System.arraycopy(part, 0, message, at, part.length);
      at += part.length;
    }
    return message;
  }

  /** {@code PASSWORD_CLAIM_SIGNATURE = HMAC-SHA256(key, message)}, raw bytes. */
  static byte[] signature(byte[] key, byte[] message) {
    return Digests.hmac(key, message);
  }

  /** Parses an SRP integer sent as hex (any case, any length, leading zeros allowed). */
  static BigInteger parseHex(String name, String hex) throws SrpException {
    if (hex == null || hex.isEmpty()) {
      throw new SrpException(name + " is missing");
    }
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw new SrpException(name + " is not hexadecimal (character " + (i + 1) + ")");
      }
    }
    return new BigInteger(hex, 16);
  }

  /**
   * Decodes base64 as amazon-cognito-identity-js does ({@code Buffer.from(text, "base64")} in
   * Node): the standard or the URL-safe alphabet, padding optional, whitespace ignored. Cognito
   * sends standard base64; some emulators (moto) send a UUID, which this reads as URL-safe base64.
   */
  static byte[] parseBase64(String name, String base64) throws SrpException {
    if (base64 == null) {
      throw new SrpException(name + " is missing");
    }
    StringBuilder normalized = new StringBuilder(base64.length());
    for (int i = 0; i < base64.length(); i++) {
      char c = base64.charAt(i);
      if (!Character.isWhitespace(c)) {
        normalized.append(c == '-' ? '+' : c == '_' ? '/' : c);
      }
    }
    try {
      return Base64.getDecoder().decode(normalized.toString());
    } catch (IllegalArgumentException e) {
      throw new SrpException(name + " is not base64: " + e.getMessage());
    }
  }

  /** Rejects a public value {@code X} with {@code X mod N = 0} (RFC 5054 §2.5.4). */
  static void requireNonZeroModN(String name, BigInteger value) throws SrpException {
    if (value.mod(N).signum() == 0) {
      throw new SrpException(
          name + " mod N is 0: the peer sent an illegal SRP value (RFC 5054 §2.5.4); aborting");
    }
  }

  /** Rejects {@code u = 0}, which would make the session key independent of the password. */
  static void requireNonZeroU(BigInteger u) throws SrpException {
    if (u.signum() == 0) {
      throw new SrpException(
          "u = H(A ‖ B) is 0: the session key would not depend on the password; aborting");
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
