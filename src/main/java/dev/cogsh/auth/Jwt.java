package dev.cogsh.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.human.Masks;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;

/**
 * A JSON Web Token decoded for reading, <em>not verified</em>: Cognito signed it, and only the
 * services that accept it need to check that. {@code toString()} shows the size, never the token.
 *
 * @param raw the compact serialization {@code header.payload.signature}
 * @param header the decoded JOSE header ({@code kid}, {@code alg})
 * @param claims the decoded claims ({@code sub}, {@code exp}, {@code cognito:username}, …)
 */
public record Jwt(String raw, JsonNode header, JsonNode claims) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Decodes a compact JWT without verifying its signature.
   *
   * @throws AuthException when the text is not a JWT
   */
  public static Jwt decode(String raw) {
    if (raw == null) {
      throw malformed("it is missing");
    }
    String[] parts = raw.split("\\.", -1);
    if (parts.length != 3) {
      throw malformed("it has " + parts.length + " parts instead of 3");
    }
    return new Jwt(raw, json(parts[0], "header"), json(parts[1], "claims"));
  }

  private static JsonNode json(String part, String what) {
    try {
      JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
      if (node == null || !node.isObject()) {
        throw malformed("its " + what + " is not a JSON object");
      }
      return node;
    } catch (IllegalArgumentException | IOException e) {
      throw malformed("its " + what + " is not base64url JSON");
    }
  }

  private static AuthException malformed(String why) {
    return new AuthException(
        AuthException.Reason.PROTOCOL,
        "Cognito returned a token cogsh cannot read: " + why,
        "check that endpoints.cognitoIdp points at a Cognito User Pool endpoint");
  }

  /** The {@code exp} claim, or {@code null} when the token has none. */
  public Instant expiry() {
    JsonNode exp = claims.get("exp");
    return exp == null || !exp.canConvertToLong() ? null : Instant.ofEpochSecond(exp.asLong());
  }

  /** The {@code sub} claim: the user's stable id in the pool. */
  public String subject() {
    return claim("sub");
  }

  /** A claim as text, or {@code null} when absent. */
  public String claim(String name) {
    JsonNode value = claims.get(name);
    return value == null || value.isNull()
        ? null
        : value.isValueNode() ? value.asText() : value.toString();
  }

  @Override
  public String toString() {
    return Masks.token(raw);
  }
}
