/**
 * Cognito's SRP-6a (RFC 5054, 3072-bit group) as pure functions: the client's password claim and
 * the verifier half a server needs, plus the small pieces of crypto both sides share ({@link
 * dev.cogsh.srp.SecretHash SECRET_HASH}, the {@link dev.cogsh.srp.CognitoTimestamp TIMESTAMP}).
 * One-time codes (TOTP, base32) are not SRP: they live in {@code dev.cogsh.otp}.
 *
 * <p>Imports java.base only; randomness ({@code SecureRandom}) and time ({@code Instant}) are
 * parameters. Read {@link dev.cogsh.srp.SrpClient} and {@link dev.cogsh.srp.SrpServer} beside RFC
 * 5054 §2.5–2.6; where Cognito departs from the RFC (SHA-256, two's-complement padding, the pool
 * name in the identity, an HKDF session key) the javadoc of {@code Srp} and {@link
 * dev.cogsh.srp.SrpGroup#N} says so. The vectors in {@code src/test/resources/testdata/srp} pin
 * every intermediate.
 */
package dev.cogsh.srp;
