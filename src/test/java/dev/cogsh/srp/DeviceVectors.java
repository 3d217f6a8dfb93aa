package dev.cogsh.srp;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Named;

/** Accessors for the cases of {@code device-vectors.json} (see {@link SrpVectors}). */
final class DeviceVectors {

  private DeviceVectors() {}

  static List<Named<JsonNode>> cases() {
    return SrpVectors.deviceCases().stream()
        .map(c -> Named.of(c.path("name").asText(), c))
        .toList();
  }

  /** The device as the library stored it after {@code ConfirmDevice}. */
  static DeviceSecret secret(JsonNode c) {
    JsonNode in = c.path("inputs");
    return new DeviceSecret(
        in.path("deviceGroupKey").asText(),
        in.path("deviceKey").asText(),
        in.path("randomPassword").asText());
  }

  /** {@code DeviceSecretVerifierConfig} exactly as the library sent it. */
  static DeviceSecretVerifierConfig verifierConfig(JsonNode c) {
    JsonNode config = c.path("confirmDevice").path("DeviceSecretVerifierConfig");
    return new DeviceSecretVerifierConfig(
        config.path("PasswordVerifier").asText(), config.path("Salt").asText());
  }

  /** The request of the first call in {@code signInN.exchange} that matches. */
  static JsonNode request(JsonNode c, String signIn, String operation, String challengeName) {
    for (JsonNode call : c.path(signIn).path("exchange")) {
      JsonNode request = call.path("request");
      if (call.path("operation").asText().equals(operation)
          && (challengeName == null
              || request.path("ChallengeName").asText().equals(challengeName))) {
        return request;
      }
    }
    throw new AssertionError(signIn + " has no " + operation + " " + challengeName);
  }

  /** The response to that call. */
  static JsonNode response(JsonNode c, String signIn, String operation, String challengeName) {
    JsonNode request = request(c, signIn, operation, challengeName);
    for (JsonNode call : c.path(signIn).path("exchange")) {
      if (call.path("request") == request) {
        return call.path("response");
      }
    }
    throw new AssertionError("unreachable");
  }

  static BigInteger hex(JsonNode node) {
    return new BigInteger(node.asText(), 16);
  }

  static String padHex(BigInteger n) {
    return HexFormat.of().formatHex(SrpGroup.pad(n));
  }
}
