package dev.cogsh.otp;

import java.util.Arrays;
import java.util.Locale;

/**
 * Base32 decoding (RFC 4648 §6) for TOTP secrets as people copy them: lower case, spaces, dashes
 * and missing or present {@code =} padding are all accepted.
 */
final class Base32 {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  /**
   * Decodes base32 text; the message of the exception names the offending position, never the text.
   */
  static byte[] decode(String text) {
    if (text == null) {
      throw new IllegalArgumentException("the TOTP secret is missing");
    }
    byte[] out = new byte[text.length() * 5 / 8 + 1];
    int length = 0;
    int buffer = 0;
    int bits = 0;
    int symbols = 0;
    String upper = text.toUpperCase(Locale.ROOT);
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (c == ' ' || c == '-' || c == '=' || c == '\t') {
        continue;
      }
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException(
            "the TOTP secret is not base32: unexpected character at position "
                + (i + 1)
                + " (allowed: A-Z and 2-7)");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      symbols++;
      if (bits >= 8) {
        out[length++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    if (symbols == 0) {
      throw new IllegalArgumentException("the TOTP secret is empty");
    }
    return Arrays.copyOf(out, length);
  }
}
