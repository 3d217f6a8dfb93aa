package dev.cogsh.auth;

import dev.cogsh.human.Masks;
import dev.cogsh.otp.OtpAuthUri;

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
    return new TotpSetup(secretCode, OtpAuthUri.totp(ISSUER, account, secretCode));
  }

  @Override
  public String toString() {
    return "TotpSetup[secretCode="
        + Masks.HIDDEN
        + ", uri=otpauth://totp/…] (read .uri() to show it)";
  }
}
