package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * The token side of managed login: {@code /oauth2/token} (authorization code with PKCE, refresh
 * token, client credentials), {@code /oauth2/userInfo} and {@code /oauth2/revoke}, with Cognito's
 * error answers ({@code invalid_grant}, {@code invalid_client}, {@code unauthorized_client}, {@code
 * invalid_request}, {@code invalid_scope}).
 */
final class OauthTokens {
  private final SandboxIds ids;
  private final ManagedLoginSettings settings;
  private final String clientSecret;
  private final UserPool pool;
  private final TokenIssuer issuer;
  private final AuthorizationCodes codes;

  OauthTokens(
      SandboxIds ids,
      ManagedLoginSettings settings,
      String clientSecret,
      UserPool pool,
      TokenIssuer issuer,
      AuthorizationCodes codes) {
    this.ids = ids;
    this.settings = settings;
    this.clientSecret = clientSecret;
    this.pool = pool;
    this.issuer = issuer;
    this.codes = codes;
  }

  Reply token(Request request) {
    Map<String, String> form = FormData.body(request);
    String clientId = authenticateClient(request, form);
    String grantType = form.get("grant_type");
    if (grantType == null) {
      throw OauthError.invalidRequest("grant_type is missing");
    }
    if (clientId.equals(ids.machineClientId()) && !grantType.equals("client_credentials")) {
      throw new OauthError(400, "unauthorized_client", "Client is not enabled for this grant");
    }
    ObjectNode answer =
        switch (grantType) {
          case "authorization_code" -> code(form);
          case "refresh_token" -> refresh(form);
          case "client_credentials" -> clientCredentials(clientId, form);
          default -> throw new OauthError(400, "unsupported_grant_type", grantType);
        };
    return Reply.json(200, Reply.JSON, answer).withHeader("Cache-Control", "no-store");
  }

  private ObjectNode code(Map<String, String> form) {
    AuthorizationCodes.Grant grant = codes.redeem(form.get("code"));
    AuthorizationCodes.Authorize asked = grant.request();
    if (!asked.redirectUri().equals(form.get("redirect_uri"))) {
      throw OauthError.invalidGrant("redirect_uri differs from the authorize request's");
    }
    if (asked.codeChallenge() != null) {
      String verifier = form.get("code_verifier");
      if (verifier == null || !s256(verifier).equals(asked.codeChallenge())) {
        throw OauthError.invalidGrant("code_verifier does not match the code_challenge");
      }
    }
    PoolUser user = pool.user(grant.username());
    if (user == null) {
      throw OauthError.invalidGrant("the user no longer exists");
    }
    return oauthShape(issuer.signIn(user, asked.scope(), asked.nonce()));
  }

  private ObjectNode refresh(Map<String, String> form) {
    String refreshToken = form.get("refresh_token");
    if (refreshToken == null) {
      throw OauthError.invalidRequest("refresh_token is missing");
    }
    try {
      TokenIssuer.Session session = issuer.session(refreshToken);
      PoolUser user = pool.user(session.username());
      if (user == null) {
        throw OauthError.invalidGrant("the user no longer exists");
      }
      return oauthShape(issuer.refresh(user, session));
    } catch (AwsErrorException e) {
      throw OauthError.invalidGrant(e.getMessage());
    }
  }

  private ObjectNode clientCredentials(String clientId, Map<String, String> form) {
    java.util.List<String> allowed = settings.resourceServerScopes();
    if (allowed.isEmpty()) {
      throw new OauthError(
          400, "unauthorized_client", "the app client has no resource-server scopes");
    }
    String scope = form.get("scope");
    if (scope == null || scope.isBlank()) {
      scope = String.join(" ", allowed);
    } else if (Arrays.stream(scope.strip().split(" +")).anyMatch(s -> !allowed.contains(s))) {
      throw new OauthError(400, "invalid_scope", "allowed scopes are " + allowed);
    }
    return issuer.clientCredentials(clientId, scope.strip());
  }

  Reply userInfo(Request request) {
    String authorization = request.header("authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new OauthError(401, "invalid_token", "Access token is missing");
    }
    String username;
    try {
      username = issuer.accessTokenUser(authorization.substring(7).strip());
    } catch (AwsErrorException e) {
      throw new OauthError(401, "invalid_token", e.getMessage());
    }
    PoolUser user = pool.user(username);
    if (user == null) {
      throw new OauthError(401, "invalid_token", "the user no longer exists");
    }
    ObjectNode info = user.attributes().put("username", user.username());
    JsonNode identities = FederatedUsers.identitiesClaim(user);
    if (identities != null) {
      info.put("identities", Json.write(identities));
    }
    return Reply.json(200, Reply.JSON, info);
  }

  Reply revoke(Request request) {
    Map<String, String> form = FormData.body(request);
    authenticateClient(request, form);
    String token = form.get("token");
    if (token == null || token.isEmpty()) {
      throw OauthError.invalidRequest("token is missing");
    }
    issuer.revoke(token);
    return new Reply(200, Map.of(), new byte[0]);
  }

  /** The client id, checked against the app client and its secret (HTTP Basic or the form). */
  private String authenticateClient(Request request, Map<String, String> form) {
    String id = form.get("client_id");
    String secret = form.get("client_secret");
    String authorization = request.header("authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String pair;
      try {
        pair =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new OauthError(401, "invalid_client", "malformed Basic authorization");
      }
      int colon = pair.indexOf(':');
      id = colon < 0 ? pair : pair.substring(0, colon);
      secret = colon < 0 ? null : pair.substring(colon + 1);
    }
    if (id == null) {
      throw OauthError.invalidRequest("client_id is missing");
    }
    if (id.equals(ids.machineClientId())) {
      if (secret == null
          || !MessageDigest.isEqual(
              SandboxIds.MACHINE_CLIENT_SECRET.getBytes(StandardCharsets.UTF_8),
              secret.getBytes(StandardCharsets.UTF_8))) {
        throw new OauthError(401, "invalid_client", "the client secret is missing or wrong");
      }
      return id;
    }
    if (!id.equals(ids.appClientId())) {
      throw new OauthError(401, "invalid_client", "unknown client " + id);
    }
    if (clientSecret != null
        && (secret == null
            || !MessageDigest.isEqual(
                clientSecret.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8)))) {
      throw new OauthError(401, "invalid_client", "the client secret is missing or wrong");
    }
    return id;
  }

  /** {@code AuthenticationResult} renamed to the OAuth token response's fields. */
  private static ObjectNode oauthShape(ObjectNode result) {
    ObjectNode out =
        Json.object()
            .put("id_token", result.path("IdToken").asText())
            .put("access_token", result.path("AccessToken").asText());
    if (result.hasNonNull("RefreshToken")) {
      out.put("refresh_token", result.path("RefreshToken").asText());
    }
    return out.put("expires_in", result.path("ExpiresIn").asLong()).put("token_type", "Bearer");
  }

  /** PKCE S256: {@code BASE64URL(SHA-256(ASCII(code_verifier)))} (RFC 7636 §4.2). */
  static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
