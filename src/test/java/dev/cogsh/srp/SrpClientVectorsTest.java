package dev.cogsh.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every intermediate of the client side of {@code USER_SRP_AUTH} against the vectors in {@code
 * src/test/resources/testdata/srp}. // From amazon-cognito-identity-js 6.3.21 (see the README
 * there).
 */
class SrpClientVectorsTest {

  static List<Named<JsonNode>> cases() {
    return SrpVectors.srpCases().stream().map(c -> Named.of(c.path("name").asText(), c)).toList();
  }

  private static BigInteger hex(JsonNode node) {
    return new BigInteger(node.asText(), 16);
  }

  private static String padHex(BigInteger n) {
    return HexFormat.of().formatHex(SrpGroup.pad(n));
  }

  @Test
  void group_matchesVectors() {
    JsonNode group = SrpVectors.srp().path("group");
    assertThat(SrpGroup.N).isEqualTo(hex(group.path("N")));
    assertThat(SrpGroup.g).isEqualTo(hex(group.path("g")));
    assertThat(SrpGroup.k).isEqualTo(hex(group.path("k")));
    assertThat(padHex(SrpGroup.N)).isEqualTo(group.path("N_padHex").asText());
    assertThat(padHex(SrpGroup.g)).isEqualTo(group.path("g_padHex").asText());
    assertThat(new String(Srp.HKDF_INFO, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(group.path("hkdfInfo").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void srpA_isLowercaseHexWithoutPadding(JsonNode c) {
    SrpClient client = SrpClient.withPrivateValue(hex(c.path("inputs").path("a")));
    assertThat(client.srpA()).isEqualTo(c.path("expected").path("SRP_A").asText());
    assertThat(padHex(client.publicValue()))
        .isEqualTo(c.path("expected").path("A_padHex").asText());
    assertThat(client.srpA())
        .isEqualTo(c.path("wire").path("initiateAuthAuthParameters").path("SRP_A").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void deriveKey_reproducesEveryIntermediate(JsonNode c) throws SrpException {
    JsonNode in = c.path("inputs");
    JsonNode expected = c.path("expected");
    SrpClient client = SrpClient.withPrivateValue(hex(in.path("a")));

    SrpClient.ClientKey key =
        client.deriveKey(
            in.path("poolName").asText(),
            in.path("userIdForSrp").asText(),
            in.path("password").asText(),
            in.path("salt").asText(),
            expected.path("SRP_B").asText());

    assertThat(padHex(hex(expected.path("SRP_B")))).isEqualTo(expected.path("B_padHex").asText());
    assertThat(padHex(hex(in.path("salt")))).isEqualTo(expected.path("salt_padHex").asText());
    assertThat(key.u()).isEqualTo(hex(expected.path("u")));
    assertThat(padHex(key.u())).isEqualTo(expected.path("u_padHex").asText());
    assertThat(
            HexFormat.of()
                .formatHex(
                    Srp.usernamePasswordHash(
                        in.path("poolName").asText(),
                        in.path("userIdForSrp").asText(),
                        in.path("password").asText())))
        .isEqualTo(expected.path("usernamePasswordHash").asText());
    assertThat(key.x()).isEqualTo(hex(expected.path("x")));
    assertThat(key.S()).isEqualTo(hex(expected.path("S")));
    assertThat(padHex(key.S())).isEqualTo(expected.path("S_padHex").asText());
    assertThat(HexFormat.of().formatHex(key.key())).isEqualTo(expected.path("hkdfKey").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void claim_signsTheExpectedMessage(JsonNode c) throws SrpException {
    JsonNode in = c.path("inputs");
    JsonNode expected = c.path("expected");
    Instant now = Instant.ofEpochMilli(Long.parseLong(in.path("timestampEpochMillis").asText()));

    PasswordClaim claim =
        SrpClient.withPrivateValue(hex(in.path("a")))
            .claim(
                in.path("poolName").asText(),
                in.path("userIdForSrp").asText(),
                in.path("password").asText(),
                in.path("salt").asText(),
                expected.path("SRP_B").asText(),
                in.path("secretBlock").asText(),
                now);

    byte[] message =
        Srp.signedMessage(
            in.path("poolName").asText(),
            in.path("userIdForSrp").asText(),
            java.util.Base64.getDecoder().decode(in.path("secretBlock").asText()),
            in.path("timestamp").asText());
    assertThat(HexFormat.of().formatHex(message))
        .isEqualTo(expected.path("signedMessage").asText());
    assertThat(claim.timestamp()).isEqualTo(in.path("timestamp").asText());
    assertThat(claim.signature()).isEqualTo(expected.path("PASSWORD_CLAIM_SIGNATURE").asText());
    JsonNode wire = c.path("wire").path("respondToAuthChallenge").path("ChallengeResponses");
    assertThat(claim.userIdForSrp()).isEqualTo(wire.path("USERNAME").asText());
    assertThat(claim.secretBlock()).isEqualTo(wire.path("PASSWORD_CLAIM_SECRET_BLOCK").asText());
    assertThat(claim.timestamp()).isEqualTo(wire.path("TIMESTAMP").asText());
    assertThat(claim.signature()).isEqualTo(wire.path("PASSWORD_CLAIM_SIGNATURE").asText());
  }

  @Test
  void passwordBytes_areTheVectorsUtf8() {
    for (JsonNode c : SrpVectors.srpCases()) {
      JsonNode in = c.path("inputs");
      assertThat(HexFormat.of().formatHex(Srp.utf8(in.path("password").asText())))
          .as(c.path("name").asText())
          .isEqualTo(in.path("passwordUtf8Hex").asText());
    }
  }
}
