package dev.cogsh.srp;

import static dev.cogsh.srp.SrpGroup.pad;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The client's half of {@code ConfirmDevice}, after a sign-in returned {@code NewDeviceMetadata}: a
 * random device password and the verifier that lets Cognito check it later (RFC 5054 §2.4 with the
 * device keys as identity), as amazon-cognito-identity-js's {@code generateHashDevice} makes them.
 *
 * <pre>
 * devicePassword = base64(40 random bytes)
 * s              = pad(int(16 random bytes))
 * x              = H(s ‖ H(deviceGroupKey ‖ deviceKey ‖ ":" ‖ devicePassword))
 * v              = g^x mod N
 * DeviceSecretVerifierConfig = { PasswordVerifier: base64(pad(v)), Salt: base64(s) }
 * </pre>
 *
 * @param secret what the client stores: the keys and the device password
 * @param verifierConfig what {@code ConfirmDevice} sends as {@code DeviceSecretVerifierConfig}
 */
public record DeviceConfirmation(DeviceSecret secret, DeviceSecretVerifierConfig verifierConfig) {

  /** 40 random bytes for the device password, as the reference library draws them. */
  static final int PASSWORD_BYTES = 40;

  /** 16 random bytes for the salt, as the reference library draws them. */
  static final int SALT_BYTES = 16;

  /**
   * Draws the device password (40 bytes) and then the salt (16 bytes), in the library's order, and
   * derives the verifier.
   *
   * @param deviceGroupKey {@code NewDeviceMetadata.DeviceGroupKey}
   * @param deviceKey {@code NewDeviceMetadata.DeviceKey}
   */
  public static DeviceConfirmation create(
      String deviceGroupKey, String deviceKey, SecureRandom random) {
    byte[] passwordBytes = new byte[PASSWORD_BYTES];
    random.nextBytes(passwordBytes);
    byte[] saltBytes = new byte[SALT_BYTES];
    random.nextBytes(saltBytes);
    return of(deviceGroupKey, deviceKey, passwordBytes, saltBytes);
  }

  /**
   * Derives the device password and verifier from given random bytes (the caller's randomness, or a
   * test's pinned bytes).
   *
   * @param passwordBytes the random bytes whose base64 is the device password (the library: 40)
   * @param saltBytes the random salt (the library: 16); registered as {@code pad(int(saltBytes))},
   *     so a leading zero byte is dropped and a high first byte gains one
   * @throws IllegalArgumentException when either array is empty
   */
  public static DeviceConfirmation of(
      String deviceGroupKey, String deviceKey, byte[] passwordBytes, byte[] saltBytes) {
    if (passwordBytes.length == 0 || saltBytes.length == 0) {
      throw new IllegalArgumentException("a device password and salt need random bytes");
    }
    String devicePassword = Base64.getEncoder().encodeToString(passwordBytes);
    byte[] s = pad(new BigInteger(1, saltBytes));
    Verifier verifier =
        Verifier.of(HexFormat.of().formatHex(s), deviceGroupKey, deviceKey, devicePassword);
    Base64.Encoder base64 = Base64.getEncoder();
    return new DeviceConfirmation(
        new DeviceSecret(deviceGroupKey, deviceKey, devicePassword),
        new DeviceSecretVerifierConfig(
            base64.encodeToString(pad(verifier.v())), base64.encodeToString(s)));
  }
}
