package dev.cogsh.srp;

import static dev.cogsh.srp.DeviceVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The device server half against the vectors: the registered verifier, B, and acceptance of the
 * reference library's device signature.
 */
class DeviceSrpServerVectorsTest {

  static List<Named<JsonNode>> cases() {
    return DeviceVectors.cases();
  }

  private static DeviceSrpServer server(JsonNode c) throws SrpException {
    return DeviceSrpServer.withPrivateValue(
        DeviceVectors.verifierConfig(c), hex(c.path("deviceSrp").path("server").path("b")));
  }

  private static boolean verify(JsonNode c, DeviceSecret device, String timestamp, String signature)
      throws SrpException {
    JsonNode deviceSrp = c.path("deviceSrp");
    return server(c)
        .verifyClaim(
            device.deviceGroupKey(),
            device.deviceKey(),
            deviceSrp.path("expected").path("SRP_A").asText(),
            deviceSrp.path("inputs").path("secretBlock").asText(),
            timestamp,
            signature);
  }

  private static String timestamp(JsonNode c) {
    return c.path("deviceSrp").path("inputs").path("timestamp").asText();
  }

  private static String signature(JsonNode c) {
    return c.path("deviceSrp").path("expected").path("PASSWORD_CLAIM_SIGNATURE").asText();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void storedVerifier_isTheOneTheServerUsed(JsonNode c) throws SrpException {
    assertThat(DeviceVectors.verifierConfig(c).verifier().v())
        .isEqualTo(hex(c.path("deviceSrp").path("server").path("verifier")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void srpBAndSalt_areWhatTheChallengeSent(JsonNode c) throws SrpException {
    DeviceSrpServer server = server(c);
    JsonNode deviceSrp = c.path("deviceSrp");

    assertThat(server.srpB())
        .isEqualTo(deviceSrp.path("server").path("B").asText())
        .isEqualTo(deviceSrp.path("expected").path("SRP_B").asText());
    assertThat(server.saltHex()).isEqualTo(deviceSrp.path("inputs").path("salt").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verifyClaim_acceptsTheReferenceLibrarysDeviceSignature(JsonNode c) throws SrpException {
    assertThat(verify(c, DeviceVectors.secret(c), timestamp(c), signature(c))).isTrue();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verifyClaim_rejectsAnotherTimestamp(JsonNode c) throws SrpException {
    assertThat(verify(c, DeviceVectors.secret(c), timestamp(c).replace(":", "-"), signature(c)))
        .isFalse();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verifyClaim_rejectsTheSignatureForAnotherDeviceKey(JsonNode c) throws SrpException {
    DeviceSecret device = DeviceVectors.secret(c);
    DeviceSecret other =
        new DeviceSecret(
            device.deviceGroupKey(), device.deviceKey() + "0", device.devicePassword());

    assertThat(verify(c, other, timestamp(c), signature(c))).isFalse();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verifyClaim_rejectsTheUserStepsSignature(JsonNode c) throws SrpException {
    String userSignature =
        c.path("signIn2").path("userSrp").path("PASSWORD_CLAIM_SIGNATURE").asText();

    assertThat(verify(c, DeviceVectors.secret(c), timestamp(c), userSignature)).isFalse();
  }
}
