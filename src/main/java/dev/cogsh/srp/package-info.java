/**
 * Cognito's SRP-6a (RFC 5054, 3072-bit group) as pure functions: the client's password claim and
 * the verifier half a server needs, for users ({@link dev.cogsh.srp.SrpClient}, {@link
 * dev.cogsh.srp.SrpServer}) and for remembered devices (the {@code ConfirmDevice} verifier in
 * {@link dev.cogsh.srp.DeviceConfirmation}, the {@code DEVICE_SRP_AUTH} → {@code
 * DEVICE_PASSWORD_VERIFIER} step in {@link dev.cogsh.srp.DeviceSrpClient} and {@link
 * dev.cogsh.srp.DeviceSrpServer}: the same formulas with the device group key, device key and
 * device password in place of pool name, user and password), plus the small pieces of crypto both
 * sides share ({@link dev.cogsh.srp.SecretHash SECRET_HASH}, the {@link
 * dev.cogsh.srp.CognitoTimestamp TIMESTAMP}). One-time codes (TOTP, base32) are not SRP: they live
 * in {@code dev.cogsh.otp}.
 *
 * <p>Imports java.base only; randomness ({@code SecureRandom}) and time ({@code Instant}) are
 * parameters. Read {@link dev.cogsh.srp.SrpClient} and {@link dev.cogsh.srp.SrpServer} beside RFC
 * 5054 §2.5–2.6; where Cognito departs from the RFC (SHA-256, two's-complement padding, the pool
 * name in the identity, an HKDF session key) the javadoc of {@code Srp} and {@link
 * dev.cogsh.srp.SrpGroup#N} says so. The vectors in {@code src/test/resources/testdata/srp} pin
 * every intermediate, the device ones included.
 */
package dev.cogsh.srp;
