package dev.cogsh.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/** Random identifiers and secrets in the shapes AWS uses, from the sandbox's own random source. */
final class RandomIds {
  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final char[] DIGITS = "0123456789".toCharArray();

  private final SecureRandom random;

  RandomIds(SecureRandom random) {
    this.random = random;
  }

  /** A random (version 4) UUID. */
  String uuid() {
    byte[] b = bytes(16);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        hex.append('-');
      }
      hex.append(String.format("%02x", b[i] & 0xff));
    }
    return hex.toString();
  }

  /** A temporary access key id: {@code ASIA} and 16 Base32 letters. */
  String accessKeyId() {
    return "ASIA" + chars(BASE32, 16);
  }

  /** A 40-character secret access key. */
  String secretKey() {
    return Base64.getEncoder().encodeToString(bytes(30));
  }

  /** An opaque session token, about as long as STS's. */
  String sessionToken() {
    return "IQoJb3JpZ2luX2VjE" + Base64.getEncoder().encodeToString(bytes(480));
  }

  /** An opaque token for sessions and refresh tokens. */
  String opaque(int byteCount) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(byteCount));
  }

  /** A numeric code such as an SMS or sign-up confirmation code. */
  String code(int length) {
    return chars(DIGITS, length);
  }

  /** A Base32 secret such as a TOTP key ({@code AssociateSoftwareToken}). */
  String base32(int length) {
    return chars(BASE32, length);
  }

  byte[] bytes(int count) {
    byte[] b = new byte[count];
    random.nextBytes(b);
    return b;
  }

  private String chars(char[] alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return s.toString();
  }
}
