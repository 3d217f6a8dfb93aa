package dev.cogsh.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Illegal values in a device exchange stop it, as in the user SRP, with a message that says why.
 */
class DeviceSrpRejectionTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BLOCK = "AAAA";
  private static final DeviceConfirmation DEVICE =
      DeviceConfirmation.create("-group", "us-east-1_device", RANDOM);

  private static PasswordClaim claimWithB(String srpB) throws SrpException {
    return DeviceSrpClient.start(RANDOM)
        .claim(DEVICE.secret(), "alice", "ab12", srpB, BLOCK, Instant.EPOCH);
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void claim_withBEqualToZero_isRejected() {
    assertThatThrownBy(() -> claimWithB("0"))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("B mod N is 0");
  }

  @Test
  void claim_withBAMultipleOfN_isRejected() {
    assertThatThrownBy(() -> claimWithB(SrpGroup.N.shiftLeft(1).toString(16)))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("B mod N is 0");
  }

  @Test
  void claim_withNonBase64SecretBlock_namesTheField() {
    assertThatThrownBy(
            () ->
                DeviceSrpClient.start(RANDOM)
                    .claim(DEVICE.secret(), "alice", "ab", "1234", "not base64!", Instant.EPOCH))
        .isInstanceOf(SrpException.class)
        .hasMessageStartingWith("SECRET_BLOCK is not base64");
  }

  @Test
  void uEqualToZero_isRejectedByTheGuardTheDeviceStepShares() {
    assertThatThrownBy(() -> Srp.requireNonZeroU(java.math.BigInteger.ZERO))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("u = H(A ‖ B) is 0");
  }

  @Test
  void verifyClaim_withAEqualToN_isRejected() throws SrpException {
    DeviceSrpServer server = DeviceSrpServer.start(DEVICE.verifierConfig(), RANDOM);
    assertThatThrownBy(
            () ->
                server.verifyClaim(
                    "-group", "us-east-1_device", SrpGroup.N.toString(16), BLOCK, "t", "c2ln"))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("A mod N is 0");
  }

  @Test
  void verifyClaim_withMalformedSignature_isFalse() throws SrpException {
    DeviceSrpServer server = DeviceSrpServer.start(DEVICE.verifierConfig(), RANDOM);
    String srpA = DeviceSrpClient.start(RANDOM).srpA();
    assertThat(server.verifyClaim("-group", "us-east-1_device", srpA, BLOCK, "t", "%%%")).isFalse();
  }

  @Test
  void storedConfig_withAZeroVerifier_isRejected() {
    DeviceSecretVerifierConfig zero =
        new DeviceSecretVerifierConfig(base64(new byte[] {0}), DEVICE.verifierConfig().salt());
    assertThatThrownBy(() -> DeviceSrpServer.start(zero, RANDOM))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("PasswordVerifier mod N is 0");
  }

  @Test
  void storedConfig_withVerifierN_isRejected() {
    DeviceSecretVerifierConfig n =
        new DeviceSecretVerifierConfig(
            base64(SrpGroup.pad(SrpGroup.N)), DEVICE.verifierConfig().salt());
    assertThatThrownBy(n::verifier)
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("PasswordVerifier mod N is 0");
  }

  @Test
  void storedConfig_withEmptySalt_isRejected() {
    DeviceSecretVerifierConfig noSalt =
        new DeviceSecretVerifierConfig(DEVICE.verifierConfig().passwordVerifier(), "");
    assertThatThrownBy(noSalt::verifier)
        .isInstanceOf(SrpException.class)
        .hasMessage("Salt is empty");
  }

  @Test
  void storedConfig_withNonBase64Verifier_namesTheField() {
    DeviceSecretVerifierConfig bad =
        new DeviceSecretVerifierConfig("not base64!", DEVICE.verifierConfig().salt());
    assertThatThrownBy(bad::verifier)
        .isInstanceOf(SrpException.class)
        .hasMessageStartingWith("PasswordVerifier is not base64");
  }

  @Test
  void confirmation_withoutRandomBytes_isRefused() {
    assertThatThrownBy(() -> DeviceConfirmation.of("g", "d", new byte[0], new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeviceConfirmation.of("g", "d", new byte[40], new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_hidesTheDevicePasswordAndVerifier() {
    String password = DEVICE.secret().devicePassword();
    String verifier = DEVICE.verifierConfig().passwordVerifier();

    assertThat(DEVICE.toString())
        .contains("devicePassword=****", "passwordVerifier=****", "us-east-1_device")
        .doesNotContain(password)
        .doesNotContain(verifier);
  }
}
