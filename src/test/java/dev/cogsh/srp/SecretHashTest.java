package dev.cogsh.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SECRET_HASH against {@code src/test/resources/testdata/srp/secret-hash-vectors.json}
 * (node:crypto).
 */
class SecretHashTest {

  static List<Named<JsonNode>> cases() {
    return SrpVectors.secretHashCases().stream()
        .map(c -> Named.of(c.path("name").asText(), c))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void compute_matchesVector(JsonNode c) {
    String hash =
        SecretHash.compute(
            c.path("username").asText(),
            c.path("clientId").asText(),
            c.path("clientSecret").asText());
    assertThat(hash).isEqualTo(c.path("secretHash").asText());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void message_isUsernameThenClientIdInUtf8(JsonNode c) {
    String message = c.path("username").asText() + c.path("clientId").asText();
    assertThat(message).isEqualTo(c.path("message").asText());
    assertThat(HexFormat.of().formatHex(Srp.utf8(message)))
        .isEqualTo(c.path("messageUtf8Hex").asText());
  }
}
