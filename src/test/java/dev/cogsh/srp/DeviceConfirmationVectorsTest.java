package dev.cogsh.srp;

import static dev.cogsh.srp.DeviceVectors.hex;
import static dev.cogsh.srp.DeviceVectors.padHex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code ConfirmDevice} verifier against every intermediate of {@code device-vectors.json}
 * (amazon-cognito-identity-js 6.3.21 with pinned randomness, see the README there).
 */
class DeviceConfirmationVectorsTest {

  static List<Named<JsonNode>> cases() {
    return DeviceVectors.cases();
  }

  private static DeviceConfirmation confirmation(JsonNode c) {
    JsonNode in = c.path("inputs");
    return DeviceConfirmation.of(
        in.path("deviceGroupKey").asText(),
        in.path("deviceKey").asText(),
        HexFormat.of().parseHex(in.path("randomPasswordBytes").asText()),
        HexFormat.of().parseHex(in.path("deviceSaltBytes").asText()));
  }

  @Test
  void group_isTheUserSrpGroup() {
    JsonNode group = SrpVectors.device().path("group");
    assertThat(SrpGroup.N).isEqualTo(hex(group.path("N")));
    assertThat(SrpGroup.g).isEqualTo(hex(group.path("g")));
    assertThat(SrpGroup.k).isEqualTo(hex(group.path("k")));
    assertThat(new String(Srp.HKDF_INFO, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(group.path("hkdfInfo").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void devicePassword_isTheBase64OfTheRandomBytes(JsonNode c) {
    assertThat(confirmation(c).secret().devicePassword())
        .isEqualTo(c.path("inputs").path("randomPassword").asText())
        .hasSize(56);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void devicePasswordHash_hashesGroupKeyDeviceKeyColonPasswordAsText(JsonNode c) {
    DeviceSecret device = confirmation(c).secret();
    JsonNode expected = c.path("confirmDevice");

    String input = device.deviceGroupKey() + device.deviceKey() + ":" + device.devicePassword();
    assertThat(input).isEqualTo(expected.path("devicePasswordHashInput").asText());
    assertThat(
            HexFormat.of()
                .formatHex(
                    Srp.usernamePasswordHash(
                        device.deviceGroupKey(), device.deviceKey(), device.devicePassword())))
        .isEqualTo(expected.path("devicePasswordHash").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void saltAndX_useThePaddedSaltBytes(JsonNode c) {
    DeviceSecret device = confirmation(c).secret();
    JsonNode expected = c.path("confirmDevice");
    BigInteger salt =
        new BigInteger(
            1, HexFormat.of().parseHex(c.path("inputs").path("deviceSaltBytes").asText()));

    assertThat(padHex(salt)).isEqualTo(expected.path("salt_padHex").asText());
    assertThat(
            Srp.computeX(
                salt, device.deviceGroupKey(), device.deviceKey(), device.devicePassword()))
        .isEqualTo(hex(expected.path("x")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verifierConfig_matchesWhatTheLibrarySent(JsonNode c) {
    DeviceSecretVerifierConfig config = confirmation(c).verifierConfig();
    JsonNode expected = c.path("confirmDevice");

    assertThat(config).isEqualTo(DeviceVectors.verifierConfig(c));
    assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(config.passwordVerifier())))
        .isEqualTo(expected.path("verifier_padHex").asText());
    assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(config.salt())))
        .isEqualTo(expected.path("salt_padHex").asText());
    JsonNode sent =
        DeviceVectors.request(c, "signIn1", "ConfirmDevice", null)
            .path("DeviceSecretVerifierConfig");
    assertThat(config.passwordVerifier()).isEqualTo(sent.path("PasswordVerifier").asText());
    assertThat(config.salt()).isEqualTo(sent.path("Salt").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verifier_readBackFromTheConfig_isGToTheX(JsonNode c) throws SrpException {
    Verifier verifier = DeviceVectors.verifierConfig(c).verifier();
    JsonNode expected = c.path("confirmDevice");

    assertThat(verifier.v()).isEqualTo(hex(expected.path("verifier")));
    assertThat(padHex(verifier.v())).isEqualTo(expected.path("verifier_padHex").asText());
    assertThat(verifier.v()).isEqualTo(SrpGroup.g.modPow(hex(expected.path("x")), SrpGroup.N));
    // SALT of DEVICE_PASSWORD_VERIFIER is the hex of the registered bytes, leading 00 kept
    assertThat(verifier.saltHex())
        .isEqualTo(c.path("deviceSrp").path("inputs").path("salt").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void create_drawsPasswordThenSaltLikeTheLibrary(JsonNode c) {
    JsonNode in = c.path("inputs");
    PinnedRandom random =
        new PinnedRandom(
            in.path("randomPasswordBytes").asText(), in.path("deviceSaltBytes").asText());

    DeviceConfirmation confirmation =
        DeviceConfirmation.create(
            in.path("deviceGroupKey").asText(), in.path("deviceKey").asText(), random);

    assertThat(random.exhausted()).isTrue();
    assertThat(confirmation).isEqualTo(confirmation(c));
    assertThat(confirmation.verifierConfig()).isEqualTo(DeviceVectors.verifierConfig(c));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void secret_holdsWhatTheLibraryStored(JsonNode c) {
    DeviceSecret device = confirmation(c).secret();
    JsonNode in = c.path("inputs");
    String prefix =
        "CognitoIdentityServiceProvider."
            + in.path("clientId").asText()
            + "."
            + in.path("userIdForSrp").asText()
            + ".";
    JsonNode stored = c.path("signIn1").path("storageAfter");

    assertThat(device).isEqualTo(DeviceVectors.secret(c));
    assertThat(device.deviceKey()).isEqualTo(stored.path(prefix + "deviceKey").asText());
    assertThat(device.deviceGroupKey()).isEqualTo(stored.path(prefix + "deviceGroupKey").asText());
    assertThat(device.devicePassword())
        .isEqualTo(stored.path(prefix + "randomPasswordKey").asText());
    JsonNode metadata =
        DeviceVectors.response(c, "signIn1", "RespondToAuthChallenge", "PASSWORD_VERIFIER")
            .path("AuthenticationResult")
            .path("NewDeviceMetadata");
    assertThat(device.deviceKey()).isEqualTo(metadata.path("DeviceKey").asText());
    assertThat(device.deviceGroupKey()).isEqualTo(metadata.path("DeviceGroupKey").asText());
  }
}
