package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mints the User Pool's tokens and keeps its sign-in sessions. Each sign-in opens a session (its
 * {@code origin_jti}) with one refresh token; refreshing mints new ID and access tokens in the same
 * session; {@code GlobalSignOut} closes every session of a user, which revokes its access and
 * refresh tokens (ID tokens stay valid until they expire, as in Cognito). Only a hash of each
 * refresh token is kept.
 */
final class TokenIssuer {
  private static final String SESSIONS = "sessions";
  // Cognito's refresh tokens are JWEs; the sandbox's are opaque but start with the same header.
  private static final String REFRESH_PREFIX =
      "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.";

  /** One sign-in session. */
  record Session(
      String originJti,
      String tokenHash,
      String username,
      long authTime,
      long expires,
      String scope) {
    /** A session: its refresh token is found by the hash, and names its user. */
    static final RecordShape SHAPE =
        RecordShape.of(
            "a session record",
            "delete it (its refresh token then stops working)",
            "originJti",
            "tokenHash",
            "username");

    ObjectNode toJson() {
      return Json.object()
          .put("originJti", originJti)
          .put("tokenHash", tokenHash)
          .put("username", username)
          .put("authTime", authTime)
          .put("expires", expires)
          .put("scope", scope);
    }
  }

  /** The access token scope of an SDK sign-in ({@code InitiateAuth}). */
  static final String SDK_SCOPE = "aws.cognito.signin.user.admin";

  private final Duration tokenValidity;
  private final Duration accessValidity;
  private final Duration refreshValidity;
  private final SandboxIds ids;
  private final JwtKeys keys;
  private final Clock clock;
  private final RandomIds random;
  private final StateStore store;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>(); // by originJti
  private final Map<String, String> byTokenHash = new ConcurrentHashMap<>();

  TokenIssuer(SandboxIds ids, JwtKeys keys, Clock clock, RandomIds random, StateStore store)
      throws IOException {
    this(ids, keys, clock, random, store, SignInSettings.DEFAULTS);
  }

  /** As above, with the token lifetimes of {@code lifetimes} ({@code --id-token-ttl} …). */
  TokenIssuer(
      SandboxIds ids,
      JwtKeys keys,
      Clock clock,
      RandomIds random,
      StateStore store,
      SignInSettings lifetimes)
      throws IOException {
    this.tokenValidity = lifetimes.idTokenTtl();
    this.accessValidity = lifetimes.accessTokenLifetime();
    this.refreshValidity = lifetimes.refreshTokenTtl();
    this.ids = ids;
    this.keys = keys;
    this.clock = clock;
    this.random = random;
    this.store = store;
    for (JsonNode n : store.load(SESSIONS, Session.SHAPE)) {
      Session s =
          new Session(
              n.path("originJti").asText(),
              n.path("tokenHash").asText(),
              n.path("username").asText(),
              n.path("authTime").asLong(),
              n.path("expires").asLong(),
              n.path("scope").asText(SDK_SCOPE));
      sessions.put(s.originJti(), s);
      byTokenHash.put(s.tokenHash(), s.originJti());
    }
  }

  /** Opens a session for a user who just proved who they are: {@code AuthenticationResult}. */
  ObjectNode signIn(PoolUser user) {
    return signIn(user, SDK_SCOPE, null);
  }

  /**
   * Opens a session for a managed-login sign-in: the access token carries {@code scope}, the ID
   * token the authorize request's {@code nonce} (when it had one).
   */
  ObjectNode signIn(PoolUser user, String scope, String nonce) {
    Instant now = clock.instant();
    String refreshToken =
        REFRESH_PREFIX
            + random.opaque(256)
            + "."
            + random.opaque(12)
            + "."
            + random.opaque(300)
            + "."
            + random.opaque(16);
    Session session =
        new Session(
            random.uuid(),
            hash(refreshToken),
            user.username(),
            now.getEpochSecond(),
            now.plus(refreshValidity).getEpochSecond(),
            scope);
    store.put(SESSIONS, session.originJti(), session::toJson);
    sessions.put(session.originJti(), session);
    byTokenHash.put(session.tokenHash(), session.originJti());
    return result(user, session, nonce).put("RefreshToken", refreshToken);
  }

  /** The session of a refresh token, or a {@code NotAuthorizedException} as Cognito words it. */
  Session session(String refreshToken) {
    String originJti = byTokenHash.get(hash(refreshToken));
    Session session = originJti == null ? null : sessions.get(originJti);
    if (session == null) {
      throw AwsErrorException.cognito(
          "NotAuthorizedException",
          originJti == null ? "Invalid Refresh Token" : "Refresh Token has been revoked");
    }
    if (clock.instant().getEpochSecond() >= session.expires()) {
      throw AwsErrorException.cognito("NotAuthorizedException", "Refresh Token has expired");
    }
    return session;
  }

  /** New ID and access tokens in an open session ({@code REFRESH_TOKEN_AUTH}). */
  ObjectNode refresh(PoolUser user, Session session) {
    return result(user, session, null);
  }

  /** Closes the session of a refresh token ({@code /oauth2/revoke}); unknown tokens are ignored. */
  void revoke(String refreshToken) {
    String originJti = byTokenHash.remove(hash(refreshToken));
    if (originJti != null) {
      sessions.remove(originJti);
      store.delete(SESSIONS, originJti);
    }
  }

  /** A machine-to-machine access token ({@code client_credentials}): no user, only scopes. */
  ObjectNode clientCredentials(String clientId, String scope) {
    Instant now = clock.instant();
    ObjectNode access =
        Json.object()
            .put("sub", clientId)
            .put("token_use", "access")
            .put("scope", scope)
            .put("auth_time", now.getEpochSecond())
            .put("iss", ids.issuer())
            .put("exp", now.plus(accessValidity).getEpochSecond())
            .put("iat", now.getEpochSecond())
            .put("version", 2)
            .put("jti", random.uuid())
            .put("client_id", clientId);
    return Json.object()
        .put("access_token", keys.sign(access))
        .put("expires_in", accessValidity.toSeconds())
        .put("token_type", "Bearer");
  }

  /** The user name in a valid access token ({@code GetUser}, {@code GlobalSignOut}). */
  String accessTokenUser(String accessToken) {
    ObjectNode claims;
    try {
      claims = keys.verify(accessToken);
    } catch (JwtKeys.InvalidJwtException e) {
      throw AwsErrorException.cognito("NotAuthorizedException", "Invalid Access Token");
    }
    if (!"access".equals(claims.path("token_use").asText())
        || !ids.issuer().equals(claims.path("iss").asText())) {
      throw AwsErrorException.cognito("NotAuthorizedException", "Invalid Access Token");
    }
    if (!claims.path("exp").isIntegralNumber()
        || clock.instant().getEpochSecond() >= claims.path("exp").asLong()) {
      throw AwsErrorException.cognito("NotAuthorizedException", "Access Token has expired");
    }
    if (!sessions.containsKey(claims.path("origin_jti").asText())) {
      throw AwsErrorException.cognito("NotAuthorizedException", "Access Token has been revoked");
    }
    return claims.path("username").asText();
  }

  /** Closes every session of a user. */
  void signOut(String username) {
    sessions
        .values()
        .removeIf(
            s -> {
              if (!s.username().equals(username)) {
                return false;
              }
              store.delete(SESSIONS, s.originJti());
              byTokenHash.remove(s.tokenHash());
              return true;
            });
  }

  private ObjectNode result(PoolUser user, Session session, String nonce) {
    Instant now = clock.instant();
    long iat = now.getEpochSecond();
    long exp = now.plus(tokenValidity).getEpochSecond();
    String eventId = random.uuid();
    ObjectNode id = Json.object().put("sub", user.sub());
    if (user.email() != null) {
      id.put("email_verified", true);
    }
    id.put("iss", ids.issuer())
        .put("cognito:username", user.username())
        .put("origin_jti", session.originJti())
        .put("aud", ids.appClientId())
        .put("event_id", eventId)
        .put("token_use", "id")
        .put("auth_time", session.authTime())
        .put("exp", exp)
        .put("iat", iat)
        .put("jti", random.uuid());
    if (user.email() != null) {
      id.put("email", user.email());
    }
    if (nonce != null) {
      id.put("nonce", nonce);
    }
    JsonNode identities = FederatedUsers.identitiesClaim(user);
    if (identities != null) {
      id.set("identities", identities);
    }
    if (user.phoneNumber() != null) {
      id.put("phone_number_verified", true).put("phone_number", user.phoneNumber());
    }
    ObjectNode access =
        Json.object()
            .put("sub", user.sub())
            .put("iss", ids.issuer())
            .put("client_id", ids.appClientId())
            .put("origin_jti", session.originJti())
            .put("event_id", eventId)
            .put("token_use", "access")
            .put("scope", session.scope())
            .put("auth_time", session.authTime())
            .put("exp", now.plus(accessValidity).getEpochSecond())
            .put("iat", iat)
            .put("jti", random.uuid())
            .put("username", user.username());
    return Json.object()
        .put("AccessToken", keys.sign(access))
        .put("ExpiresIn", accessValidity.toSeconds())
        .put("IdToken", keys.sign(id))
        .put("TokenType", "Bearer");
  }

  private static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
