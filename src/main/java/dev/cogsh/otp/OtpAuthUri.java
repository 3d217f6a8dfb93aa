package dev.cogsh.otp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code otpauth://totp/…} URI an authenticator app scans (the Key Uri Format of Google
 * Authenticator, which every app reads): {@code otpauth://totp/<issuer>:<account>?secret=<base32>
 * &issuer=<issuer>}, each part percent-encoded.
 *
 * <p>https://github.com/google/google-authenticator/wiki/Key-Uri-Format
 */
public final class OtpAuthUri {

  private OtpAuthUri() {}

  /** The URI of a TOTP key (SHA-1, 6 digits, 30 s: the defaults, so they are not spelled out). */
  public static String totp(String issuer, String account, String base32Secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + encode(base32Secret)
        + "&issuer="
        + encode(issuer);
  }

  private static String encode(String text) {
    // otpauth URIs want %20, not the + of form encoding
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
