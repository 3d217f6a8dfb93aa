package dev.cogsh.srp;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * The client half of a remembered device's sign-in step: {@code DEVICE_SRP_AUTH} → {@code
 * DEVICE_PASSWORD_VERIFIER}. It is {@link SrpClient}'s SRP-6a with the {@link DeviceSecret} as
 * identity and password: {@code deviceGroupKey} in place of the pool name, {@code deviceKey} in
 * place of {@code USER_ID_FOR_SRP}, in {@code x} and in the signed message alike.
 *
 * <ol>
 *   <li>{@link #start(SecureRandom)} draws a fresh {@code a} (not the user step's) and computes
 *       {@code A = g^a mod N}; answer {@code DEVICE_SRP_AUTH} with {@code USERNAME} = {@code
 *       USER_ID_FOR_SRP}, {@code DEVICE_KEY} and {@link #srpA()} as {@code SRP_A}.
 *   <li>Cognito answers {@code DEVICE_PASSWORD_VERIFIER} with {@code SALT}, {@code SRP_B}, {@code
 *       SECRET_BLOCK} and {@code USERNAME}; {@link #claim} turns them into the answer, to which the
 *       caller adds {@code DEVICE_KEY}.
 * </ol>
 *
 * <p>One instance serves one sign-in attempt; it is immutable and holds no clock or random source.
 */
public final class DeviceSrpClient {

  private final SrpClient srp;

  private DeviceSrpClient(SrpClient srp) {
    this.srp = srp;
  }

  /** Draws a fresh private value {@code a} (1024 bits) and computes {@code A = g^a mod N}. */
  public static DeviceSrpClient start(SecureRandom random) {
    return new DeviceSrpClient(SrpClient.start(random));
  }

  /** A client with a fixed private value, for known-answer tests. */
  static DeviceSrpClient withPrivateValue(BigInteger a) {
    return new DeviceSrpClient(SrpClient.withPrivateValue(a));
  }

  /** {@code SRP_A} of the {@code DEVICE_SRP_AUTH} answer: lowercase hex without leading zeros. */
  public String srpA() {
    return srp.srpA();
  }

  BigInteger publicValue() {
    return srp.publicValue();
  }

  /**
   * Computes the answer to Cognito's {@code DEVICE_PASSWORD_VERIFIER} challenge. Send its fields as
   * {@code USERNAME}, {@code PASSWORD_CLAIM_SECRET_BLOCK}, {@code TIMESTAMP} and {@code
   * PASSWORD_CLAIM_SIGNATURE}, together with {@code DEVICE_KEY} = {@code device.deviceKey()}.
   *
   * @param device the stored device keys and password
   * @param userIdForSrp {@code USERNAME} from the challenge ({@code USER_ID_FOR_SRP}); it is
   *     echoed, not hashed
   * @param saltHex {@code SALT} as sent
   * @param srpBHex {@code SRP_B} as sent
   * @param secretBlockBase64 {@code SECRET_BLOCK} as sent
   * @param now the instant to put in {@code TIMESTAMP}
   * @throws SrpException when B mod N = 0, u = 0, or a value is not hex / base64
   */
  public PasswordClaim claim(
      DeviceSecret device,
      String userIdForSrp,
      String saltHex,
      String srpBHex,
      String secretBlockBase64,
      Instant now)
      throws SrpException {
    PasswordClaim signed =
        srp.claim(
            device.deviceGroupKey(),
            device.deviceKey(),
            device.devicePassword(),
            saltHex,
            srpBHex,
            secretBlockBase64,
            now);
    // the identity signed is the device's; the USERNAME answered is still the user's
    return new PasswordClaim(
        userIdForSrp, signed.secretBlock(), signed.timestamp(), signed.signature());
  }

  /** RFC 5054 §2.6, client side, with the device as identity: {@code u}, {@code x}, S, key. */
  SrpClient.ClientKey deriveKey(DeviceSecret device, String saltHex, String srpBHex)
      throws SrpException {
    return srp.deriveKey(
        device.deviceGroupKey(), device.deviceKey(), device.devicePassword(), saltHex, srpBHex);
  }
}
