package dev.cogsh.sigv4;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * SigV4's {@code UriEncode}: every byte of the UTF-8 form is percent-encoded with upper-case hex
 * except the RFC 3986 unreserved characters {@code A-Z a-z 0-9 - _ . ~}; a space is {@code %20},
 * never {@code +}.
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
public final class UriEncoding {

  private static final String HEX = "0123456789ABCDEF";

  private UriEncoding() {}

  /** True for {@code A-Z a-z 0-9 - _ . ~}. */
  public static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }

  /** Encodes the text as it is: a {@code %} becomes {@code %25} (this is "encoding once more"). */
  public static String encode(String text) {
    if (allUnreserved(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEncoded(out, text.getBytes(StandardCharsets.UTF_8));
    return out.toString();
  }

  /** Decodes {@code %XX} escapes, then encodes the bytes: the canonical form of a wire text. */
  public static String recode(String wireText) {
    if (allUnreserved(wireText)) {
      return wireText;
    }
    StringBuilder out = new StringBuilder(wireText.length() + 16);
    appendEncoded(out, decode(wireText));
    return out.toString();
  }

  /**
   * The bytes a wire text stands for: {@code %XX} escapes decoded, other characters as UTF-8. A
   * {@code %} not followed by two hex digits stands for itself; {@code +} stays a plus sign.
   */
  public static byte[] decode(String wireText) {
    byte[] in = wireText.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      int hi = i + 2 < in.length && in[i] == '%' ? Character.digit(in[i + 1], 16) : -1;
      int lo = hi >= 0 ? Character.digit(in[i + 2], 16) : -1;
      if (lo >= 0) {
        out.write(hi << 4 | lo);
        i += 2;
      } else {
        out.write(in[i]);
      }
    }
    return out.toByteArray();
  }

  /** Appends the encoded form of the bytes. */
  static void appendEncoded(StringBuilder out, byte[] bytes) {
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
  }

  static boolean allUnreserved(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isUnreserved(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
