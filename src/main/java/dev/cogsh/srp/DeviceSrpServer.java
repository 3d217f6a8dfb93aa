package dev.cogsh.srp;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * The server half of a remembered device's {@code DEVICE_SRP_AUTH} → {@code
 * DEVICE_PASSWORD_VERIFIER}, as the sandbox plays it: {@link SrpServer} over the verifier that
 * {@code ConfirmDevice} registered, with {@code deviceGroupKey} and {@code deviceKey} as identity.
 *
 * <ol>
 *   <li>{@link #start} reads the stored {@link DeviceSecretVerifierConfig}, draws {@code b} and
 *       computes {@code B = (k·v + g^b) mod N}; send {@link #srpB()} as {@code SRP_B} and {@link
 *       #saltHex()} as {@code SALT}.
 *   <li>{@link #verifyClaim} computes {@code S = (A·v^u)^b mod N} and the HKDF key, and compares
 *       the client's {@code PASSWORD_CLAIM_SIGNATURE} in constant time.
 * </ol>
 *
 * <p>It does not judge the {@code TIMESTAMP}'s age (see {@link CognitoTimestamp#parse}).
 */
public final class DeviceSrpServer {

  private final SrpServer srp;

  private DeviceSrpServer(SrpServer srp) {
    this.srp = srp;
  }

  /**
   * Draws {@code b} and computes {@code B} for the device registered with {@code verifierConfig}.
   *
   * @throws SrpException when the stored config is malformed (see {@link
   *     DeviceSecretVerifierConfig#verifier()})
   */
  public static DeviceSrpServer start(
      DeviceSecretVerifierConfig verifierConfig, SecureRandom random) throws SrpException {
    return new DeviceSrpServer(SrpServer.start(verifierConfig.verifier(), random));
  }

  /** A server with a fixed private value, for known-answer tests. */
  static DeviceSrpServer withPrivateValue(DeviceSecretVerifierConfig verifierConfig, BigInteger b)
      throws SrpException {
    return new DeviceSrpServer(SrpServer.withPrivateValue(verifierConfig.verifier(), b));
  }

  /** {@code SRP_B}: {@code B} in lowercase hex without leading zeros. */
  public String srpB() {
    return srp.srpB();
  }

  /** {@code SALT}: the hex of the registered {@code Salt} bytes, leading zero byte included. */
  public String saltHex() {
    return srp.saltHex();
  }

  /**
   * Checks a {@code DEVICE_PASSWORD_VERIFIER} answer: whether the client that sent {@code SRP_A}
   * holds the device password behind the registered verifier.
   *
   * @param deviceGroupKey the device's group key, as registered
   * @param deviceKey the device's key ({@code DEVICE_KEY})
   * @return true when the signature matches; false for a wrong device password, another device, or
   *     a malformed signature
   * @throws SrpException when A mod N = 0, u = 0, or {@code SRP_A} / {@code SECRET_BLOCK} is
   *     malformed
   */
  public boolean verifyClaim(
      String deviceGroupKey,
      String deviceKey,
      String srpAHex,
      String secretBlockBase64,
      String timestamp,
      String signatureBase64)
      throws SrpException {
    return srp.verifyClaim(
        deviceGroupKey, deviceKey, srpAHex, secretBlockBase64, timestamp, signatureBase64);
  }
}
