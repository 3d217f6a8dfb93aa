package dev.cogsh.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * The claims of a JWT read without checking its signature: enough to say which token was sent
 * ({@code token_use}, {@code iss}, {@code aud}/{@code client_id}, {@code scope}, {@code exp}),
 * never to trust it.
 *
 * @param raw the token as sent, without a {@code Bearer } prefix
 * @param bearer whether the header value had the {@code Bearer } prefix
 */
record JwtPeek(String raw, boolean bearer, JsonNode claims) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The token in a header value ({@code eyJ…} or {@code Bearer eyJ…}), if it is a JWT. */
  static Optional<JwtPeek> of(String headerValue) {
    if (headerValue == null) {
      return Optional.empty();
    }
    String v = headerValue.strip();
    boolean bearer = v.regionMatches(true, 0, "Bearer ", 0, 7);
    String token = bearer ? v.substring(7).strip() : v;
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      return claims != null && claims.isObject()
          ? Optional.of(new JwtPeek(token, bearer, claims))
          : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@code id}, {@code access}, or empty. */
  String tokenUse() {
    return claims.path("token_use").asText("");
  }

  String issuer() {
    return claims.path("iss").asText("");
  }

  /** {@code aud} of an ID token, else {@code client_id} of an access token. */
  String client() {
    return claims.hasNonNull("aud")
        ? claims.path("aud").asText("")
        : claims.path("client_id").asText("");
  }

  /** The {@code scope} claim, space-separated, or empty (ID tokens have none). */
  String scope() {
    return claims.path("scope").asText("");
  }

  /** {@code exp} in epoch seconds, or -1. */
  long expires() {
    return claims.path("exp").canConvertToLong() ? claims.path("exp").asLong() : -1;
  }

  /** {@code "the ID token"}, {@code "an access token"} … for messages. */
  String kind() {
    return switch (tokenUse()) {
      case "id" -> "an ID token";
      case "access" -> "an access token";
      default -> "a JWT";
    };
  }
}
