package dev.cogsh.srp;

import static dev.cogsh.srp.DeviceVectors.hex;
import static dev.cogsh.srp.DeviceVectors.padHex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every intermediate of the client side of {@code DEVICE_SRP_AUTH} → {@code
 * DEVICE_PASSWORD_VERIFIER} against {@code device-vectors.json} (amazon-cognito-identity-js
 * 6.3.21).
 */
class DeviceSrpClientVectorsTest {

  private static final String RESPOND = "RespondToAuthChallenge";

  static List<Named<JsonNode>> cases() {
    return DeviceVectors.cases();
  }

  private static DeviceSrpClient client(JsonNode c) {
    return DeviceSrpClient.withPrivateValue(hex(c.path("deviceSrp").path("inputs").path("a")));
  }

  /** {@code ChallengeParameters} of the {@code DEVICE_PASSWORD_VERIFIER} challenge. */
  private static JsonNode challenge(JsonNode c) {
    return DeviceVectors.response(c, "signIn2", RESPOND, "DEVICE_SRP_AUTH")
        .path("ChallengeParameters");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void srpA_isWhatTheDeviceSrpAuthAnswerSent(JsonNode c) {
    DeviceSrpClient client = client(c);
    JsonNode expected = c.path("deviceSrp").path("expected");
    JsonNode sent =
        DeviceVectors.request(c, "signIn2", RESPOND, "DEVICE_SRP_AUTH").path("ChallengeResponses");

    assertThat(client.srpA()).isEqualTo(expected.path("SRP_A").asText());
    assertThat(padHex(client.publicValue())).isEqualTo(expected.path("A_padHex").asText());
    assertThat(client.srpA()).isEqualTo(sent.path("SRP_A").asText());
    assertThat(sent.path("DEVICE_KEY").asText()).isEqualTo(DeviceVectors.secret(c).deviceKey());
    assertThat(sent.path("USERNAME").asText())
        .isEqualTo(c.path("inputs").path("userIdForSrp").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void challenge_carriesTheServersSaltAndB(JsonNode c) {
    JsonNode deviceSrp = c.path("deviceSrp");
    JsonNode challenge = challenge(c);

    assertThat(challenge.path("SALT").asText())
        .isEqualTo(deviceSrp.path("inputs").path("salt").asText());
    assertThat(challenge.path("SRP_B").asText())
        .isEqualTo(deviceSrp.path("expected").path("SRP_B").asText())
        .isEqualTo(deviceSrp.path("server").path("B").asText());
    assertThat(challenge.path("SECRET_BLOCK").asText())
        .isEqualTo(deviceSrp.path("inputs").path("secretBlock").asText());
    assertThat(challenge.path("USERNAME").asText())
        .isEqualTo(c.path("inputs").path("userIdForSrp").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void deriveKey_reproducesEveryIntermediate(JsonNode c) throws SrpException {
    JsonNode in = c.path("deviceSrp").path("inputs");
    JsonNode expected = c.path("deviceSrp").path("expected");
    DeviceSecret device = DeviceVectors.secret(c);

    SrpClient.ClientKey key =
        client(c).deriveKey(device, in.path("salt").asText(), expected.path("SRP_B").asText());

    assertThat(padHex(hex(expected.path("SRP_B")))).isEqualTo(expected.path("B_padHex").asText());
    assertThat(padHex(hex(in.path("salt")))).isEqualTo(expected.path("salt_padHex").asText());
    assertThat(key.u()).isEqualTo(hex(expected.path("u")));
    assertThat(padHex(key.u())).isEqualTo(expected.path("u_padHex").asText());
    assertThat(
            HexFormat.of()
                .formatHex(
                    Srp.usernamePasswordHash(
                        device.deviceGroupKey(), device.deviceKey(), device.devicePassword())))
        .isEqualTo(expected.path("usernamePasswordHash").asText())
        .isEqualTo(c.path("confirmDevice").path("devicePasswordHash").asText());
    assertThat(key.x())
        .isEqualTo(hex(expected.path("x")))
        .isEqualTo(hex(c.path("confirmDevice").path("x")));
    assertThat(key.S()).isEqualTo(hex(expected.path("S")));
    assertThat(padHex(key.S())).isEqualTo(expected.path("S_padHex").asText());
    assertThat(HexFormat.of().formatHex(key.key())).isEqualTo(expected.path("hkdfKey").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void signedMessage_isGroupKeyDeviceKeySecretBlockTimestamp(JsonNode c) {
    JsonNode in = c.path("deviceSrp").path("inputs");
    DeviceSecret device = DeviceVectors.secret(c);

    byte[] message =
        Srp.signedMessage(
            device.deviceGroupKey(),
            device.deviceKey(),
            Base64.getDecoder().decode(in.path("secretBlock").asText()),
            in.path("timestamp").asText());

    assertThat(HexFormat.of().formatHex(message))
        .isEqualTo(c.path("deviceSrp").path("expected").path("signedMessage").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void claim_isTheDevicePasswordVerifierAnswerTheLibrarySent(JsonNode c) throws SrpException {
    JsonNode in = c.path("deviceSrp").path("inputs");
    JsonNode challenge = challenge(c);
    DeviceSecret device = DeviceVectors.secret(c);
    Instant now = Instant.ofEpochMilli(Long.parseLong(in.path("timestampEpochMillis").asText()));

    PasswordClaim claim =
        client(c)
            .claim(
                device,
                challenge.path("USERNAME").asText(),
                challenge.path("SALT").asText(),
                challenge.path("SRP_B").asText(),
                challenge.path("SECRET_BLOCK").asText(),
                now);

    assertThat(claim.timestamp()).isEqualTo(in.path("timestamp").asText());
    assertThat(claim.signature())
        .isEqualTo(c.path("deviceSrp").path("expected").path("PASSWORD_CLAIM_SIGNATURE").asText());
    JsonNode sent =
        DeviceVectors.request(c, "signIn2", RESPOND, "DEVICE_PASSWORD_VERIFIER")
            .path("ChallengeResponses");
    assertThat(claim.userIdForSrp())
        .isEqualTo(sent.path("USERNAME").asText())
        .isEqualTo(c.path("inputs").path("userIdForSrp").asText());
    assertThat(claim.secretBlock()).isEqualTo(sent.path("PASSWORD_CLAIM_SECRET_BLOCK").asText());
    assertThat(claim.timestamp()).isEqualTo(sent.path("TIMESTAMP").asText());
    assertThat(claim.signature()).isEqualTo(sent.path("PASSWORD_CLAIM_SIGNATURE").asText());
    assertThat(device.deviceKey()).isEqualTo(sent.path("DEVICE_KEY").asText());
  }
}
