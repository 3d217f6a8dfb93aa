package dev.cogsh.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The server half against the vectors: verifier, B, and acceptance of the library's signature. */
class SrpServerVectorsTest {

  static List<Named<JsonNode>> cases() {
    return SrpClientVectorsTest.cases();
  }

  private static Verifier verifier(JsonNode c) {
    JsonNode in = c.path("inputs");
    return Verifier.of(
        in.path("salt").asText(),
        in.path("poolName").asText(),
        in.path("userIdForSrp").asText(),
        in.path("password").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verifier_isGToTheX(JsonNode c) {
    assertThat(verifier(c).v())
        .isEqualTo(new BigInteger(c.path("server").path("verifier").asText(), 16));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void srpB_isKvPlusGToTheB(JsonNode c) {
    SrpServer server =
        SrpServer.withPrivateValue(
            verifier(c), new BigInteger(c.path("server").path("b").asText(), 16));
    assertThat(server.srpB()).isEqualTo(c.path("expected").path("SRP_B").asText());
    assertThat(server.saltHex()).isEqualTo(c.path("inputs").path("salt").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verifyClaim_acceptsTheReferenceLibrarysSignature(JsonNode c) throws SrpException {
    JsonNode in = c.path("inputs");
    SrpServer server =
        SrpServer.withPrivateValue(
            verifier(c), new BigInteger(c.path("server").path("b").asText(), 16));

    boolean ok =
        server.verifyClaim(
            in.path("poolName").asText(),
            in.path("userIdForSrp").asText(),
            c.path("expected").path("SRP_A").asText(),
            in.path("secretBlock").asText(),
            in.path("timestamp").asText(),
            c.path("expected").path("PASSWORD_CLAIM_SIGNATURE").asText());

    assertThat(ok).isTrue();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verifyClaim_rejectsAnotherTimestamp(JsonNode c) throws SrpException {
    JsonNode in = c.path("inputs");
    SrpServer server =
        SrpServer.withPrivateValue(
            verifier(c), new BigInteger(c.path("server").path("b").asText(), 16));

    boolean ok =
        server.verifyClaim(
            in.path("poolName").asText(),
            in.path("userIdForSrp").asText(),
            c.path("expected").path("SRP_A").asText(),
            in.path("secretBlock").asText(),
            in.path("timestamp").asText().replace(":", "-"),
            c.path("expected").path("PASSWORD_CLAIM_SIGNATURE").asText());

    assertThat(ok).isFalse();
  }
}
