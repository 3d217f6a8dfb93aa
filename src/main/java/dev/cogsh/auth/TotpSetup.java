package dev.cogsh.auth;

import dev.cogsh.human.Masks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A TOTP authenticator being set up during {@code MFA_SETUP}: the base32 key from {@code
 * AssociateSoftwareToken} and the {@code otpauth://} URI an authenticator app scans. Both are
 * secrets, so {@code toString()} masks them; read {@link #uri()} or {@link #secretCode()}.
 *
 * @param secretCode the base32 key
 * @param uri {@code otpauth://totp/<issuer>:<account>?secret=…&issuer=…}
 */
public record TotpSetup(String secretCode, String uri) {

  /** The issuer authenticator apps show, as Amplify names it. */
  static final String ISSUER = "AWSCognito";

  /** A setup for an account name (what the user signs in with). */
  public static TotpSetup of(String secretCode, String account) {
    String label = encode(ISSUER) + ":" + encode(account);
    String uri =
        "otpauth://totp/" + label + "?secret=" + encode(secretCode) + "&issuer=" + encode(ISSUER);
    return new TotpSetup(secretCode, uri);
  }

  private static String encode(String text) {
    // otpauth URIs want %20, not the + of form encoding
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "TotpSetup[secretCode="
        + Masks.HIDDEN
        + ", uri=otpauth://totp/…] (read .uri() to show it)";
  }
}
