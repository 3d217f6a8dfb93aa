package dev.cogsh.srp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code src/test/resources/testdata/srp}: vectors made with amazon-cognito-identity-js
 * 6.3.21.
 */
final class SrpVectors {

  static final Path DIR = TestData.path("srp");

  private SrpVectors() {}

  static JsonNode srp() {
    return read("cognito-srp-vectors.json");
  }

  static List<JsonNode> srpCases() {
    return list(srp().path("cases"));
  }

  static JsonNode device() {
    return read("device-vectors.json");
  }

  static List<JsonNode> deviceCases() {
    return list(device().path("cases"));
  }

  static List<JsonNode> secretHashCases() {
    return list(read("secret-hash-vectors.json").path("cases"));
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static JsonNode read(String name) {
    try {
      return new ObjectMapper().readTree(DIR.resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
