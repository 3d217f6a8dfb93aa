package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/**
 * The notes behind token authorizers and an API key, alongside the IAM routes of {@link
 * ApiGateway}, answering as API Gateway does:
 *
 * <ul>
 *   <li>{@code /cognito/notes} (GET, POST): a REST API's Cognito user pool authorizer: the ID token
 *       raw in {@code Authorization}; 401 {@code Unauthorized} for no token, a bad one, an access
 *       token or another pool's; 401 "The incoming token has expired".
 *   <li>{@code /jwt/notes} (GET needs scope {@code notes/read}, POST {@code notes/write}): an HTTP
 *       API's JWT authorizer: {@code Bearer <access token>} (the prefix is optional, as on AWS);
 *       401 {@code Unauthorized} with {@code www-authenticate: Bearer scope=""
 *       error="invalid_token" error_description=…}; 403 {@code Forbidden} with {@code
 *       error="insufficient_scope"} naming the scope.
 *   <li>{@code /apikey/notes} (GET, POST): a method that requires an API key: 403 {@code Forbidden}
 *       for a missing or wrong {@code x-api-key}, 429 {@code Limit Exceeded} once the usage plan's
 *       quota is spent.
 * </ul>
 *
 * Notes are kept per token subject ({@code sub}), and per API key.
 */
final class TokenAuthorizers {

  /** The scope each method of {@code /jwt/notes} needs. */
  private static final Map<String, String> JWT_SCOPES =
      Map.of("GET", "notes/read", "POST", "notes/write");

  private final SandboxIds ids;
  private final JwtKeys keys;
  private final Clock clock;
  private final NotesApi notes;
  private final UsagePlan usage;

  TokenAuthorizers(SandboxIds ids, JwtKeys keys, Clock clock, NotesApi notes, ApiKeyPlan plan) {
    this.ids = ids;
    this.keys = keys;
    this.clock = clock;
    this.notes = notes;
    this.usage = new UsagePlan(plan);
  }

  /** The operation name of a route here ({@code GET /cognito/notes}), or null for none. */
  static String route(String method, String resource) {
    boolean known =
        resource.equals("/cognito/notes")
            || resource.equals("/jwt/notes")
            || resource.equals("/apikey/notes");
    return known && (method.equals("GET") || method.equals("POST"))
        ? method + " " + resource
        : null;
  }

  Reply handle(Request request, String resource) {
    String owner =
        switch (resource) {
          case "/cognito/notes" -> "cognito:" + cognitoUser(request);
          case "/jwt/notes" -> "jwt:" + jwtSubject(request, JWT_SCOPES.get(request.method()));
          default -> "apikey:" + usage.admit(request.header("x-api-key"));
        };
    return request.method().equals("POST")
        ? notes.create(owner, request.body())
        : notes.list(owner);
  }

  /** The subject of a valid ID token of this pool, raw in {@code Authorization}. */
  private String cognitoUser(Request request) {
    String token = request.header("authorization");
    if (token == null || token.isBlank()) {
      throw unauthorized("Unauthorized");
    }
    ObjectNode claims;
    try {
      claims = keys.verify(token.strip());
    } catch (JwtKeys.InvalidJwtException e) {
      throw unauthorized("Unauthorized");
    }
    if (!ids.issuer().equals(claims.path("iss").asText())) {
      throw unauthorized("Unauthorized");
    }
    if (expired(claims)) {
      throw unauthorized("The incoming token has expired");
    }
    if (!"id".equals(claims.path("token_use").asText())
        || !ids.appClientId().equals(claims.path("aud").asText())) {
      throw unauthorized("Unauthorized"); // no OAuth scopes on the method: ID tokens only
    }
    return claims.path("sub").asText();
  }

  /** The subject of a valid token of this pool for this client, with {@code scope}. */
  private String jwtSubject(Request request, String scope) {
    String value = request.header("authorization");
    if (value == null || value.isBlank()) {
      throw unauthorized("Unauthorized");
    }
    String token = value.strip();
    if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7).strip();
    }
    ObjectNode claims;
    try {
      claims = keys.verify(token);
    } catch (JwtKeys.InvalidJwtException e) {
      throw invalidToken(
          e.getMessage().equals("malformed")
              ? "the token is malformed"
              : "the token has an invalid signature");
    }
    if (!ids.issuer().equals(claims.path("iss").asText())) {
      throw invalidToken("the token does not have a valid issuer");
    }
    if (expired(claims)) {
      throw invalidToken("the token has expired");
    }
    String audience =
        claims.hasNonNull("aud") ? claims.path("aud").asText() : claims.path("client_id").asText();
    if (!ids.appClientId().equals(audience)) {
      throw invalidToken("the token does not have a valid audience");
    }
    String granted = claims.path("scope").asText("");
    if (!Arrays.asList(granted.split(" ")).contains(scope)) {
      throw new AwsErrorException(
              403, "ForbiddenException", "Forbidden", AwsErrorException.Shape.GATEWAY)
          .withChallenge(
              "Bearer scope=\""
                  + scope
                  + "\" error=\"insufficient_scope\" error_description=\"expected scopes: ["
                  + scope
                  + "]\"");
    }
    return claims.path("sub").asText();
  }

  private boolean expired(ObjectNode claims) {
    return !claims.path("exp").canConvertToLong()
        || clock.instant().getEpochSecond() >= claims.path("exp").asLong();
  }

  private static AwsErrorException unauthorized(String message) {
    return AwsErrorException.gateway(401, "UnauthorizedException", message);
  }

  private static AwsErrorException invalidToken(String description) {
    return unauthorized("Unauthorized")
        .withChallenge(
            "Bearer scope=\"\" error=\"invalid_token\" error_description=\"" + description + "\"");
  }
}
