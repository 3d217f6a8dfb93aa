package dev.cogsh.srp;

import java.math.BigInteger;
import java.util.HexFormat;

/**
 * Cognito's {@code DeviceSecretVerifierConfig}, the device's {@link Verifier} as {@code
 * ConfirmDevice} sends it: both fields are base64 (standard alphabet, padded) of {@link
 * SrpGroup#pad} bytes, so their lengths vary (a 17-byte {@code Salt} when the top bit of the random
 * salt is set, a 383-byte {@code PasswordVerifier} for a small {@code v}).
 *
 * @param passwordVerifier {@code PasswordVerifier}: base64 of {@code pad(v)}, {@code v = g^x mod N}
 * @param salt {@code Salt}: base64 of the salt bytes hashed into {@code x}; the server sends their
 *     hex as {@code SALT} in {@code DEVICE_PASSWORD_VERIFIER}
 */
public record DeviceSecretVerifierConfig(String passwordVerifier, String salt) {

  /**
   * The verifier a server stores, read back from the config (the sandbox's side of {@code
   * ConfirmDevice}): {@code saltHex} is the hex of the {@code Salt} bytes exactly as registered,
   * leading zero byte included, and {@code v} the unsigned integer of the {@code PasswordVerifier}
   * bytes.
   *
   * @throws SrpException when a field is missing or not base64, the salt is empty, or {@code v mod
   *     N = 0} (a verifier every password would match)
   */
  public Verifier verifier() throws SrpException {
    byte[] saltBytes = Srp.parseBase64("Salt", salt);
    if (saltBytes.length == 0) {
      throw new SrpException("Salt is empty");
    }
    BigInteger v = new BigInteger(1, Srp.parseBase64("PasswordVerifier", passwordVerifier));
    Srp.requireNonZeroModN("PasswordVerifier", v);
    return new Verifier(HexFormat.of().formatHex(saltBytes), v);
  }

  @Override
  public String toString() {
    return "DeviceSecretVerifierConfig[passwordVerifier=****, salt=" + salt + "]";
  }
}
