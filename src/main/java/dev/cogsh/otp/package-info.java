/**
 * One-time codes as pure functions: RFC 4648 base32 (the secrets people copy), RFC 6238 {@link
 * dev.cogsh.otp.Totp TOTP} over RFC 4226 HOTP, and the {@link dev.cogsh.otp.OtpAuthUri otpauth://}
 * URI an authenticator app scans. Used by {@code auth} (answering {@code SOFTWARE_TOKEN_MFA},
 * setting up an authenticator) and by the sandbox (checking codes).
 *
 * <p>Imports java.base only; time ({@code Instant}) is a parameter, never read from a clock.
 */
package dev.cogsh.otp;
