package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Identity Pool ({@code AWSCognitoIdentityService}): {@code GetId} and {@code
 * GetCredentialsForIdentity}. A signed-in user keeps one identity id for life; each call without
 * {@code Logins} makes a new unauthenticated (guest) identity. Issued credentials are remembered so
 * that the API can verify signatures made with them.
 */
final class IdentityPool {
  private static final String IDENTITIES = "identities";
  private static final String CREDENTIALS = "credentials";

  /** An identity: without its id, the next sign-in would make a new one, orphaning its notes. */
  private static final RecordShape IDENTITY_SHAPE =
      RecordShape.of("an identity record", "delete it to forget that identity", "identityId");

  private static final String LOGINS_DONT_MATCH =
      "Logins don't match. Please include at least one valid login for this identity or identity"
          + " pool";

  private final SandboxIds ids;
  private final JwtKeys keys;
  private final Clock clock;
  private final Duration ttl;
  private final RandomIds random;
  private final StateStore store;
  private final Map<String, Identity> identities = new ConcurrentHashMap<>();
  private final Map<String, String> identityBySub = new ConcurrentHashMap<>();
  private final Map<String, IssuedCredentials> credentials = new ConcurrentHashMap<>();

  /** One identity; {@code sub} is {@code null} for a guest. */
  record Identity(String identityId, String sub) {}

  IdentityPool(
      SandboxIds ids, JwtKeys keys, Clock clock, Duration ttl, RandomIds random, StateStore store)
      throws IOException {
    this.ids = ids;
    this.keys = keys;
    this.clock = clock;
    this.ttl = ttl;
    this.random = random;
    this.store = store;
    for (JsonNode n : store.load(IDENTITIES, IDENTITY_SHAPE)) {
      String sub = n.path("sub").isTextual() ? n.path("sub").asText() : null;
      remember(new Identity(n.path("identityId").asText(), sub));
    }
    for (JsonNode n : store.load(CREDENTIALS, IssuedCredentials.SHAPE)) {
      IssuedCredentials c = IssuedCredentials.fromJson(n);
      credentials.put(c.accessKeyId(), c);
    }
  }

  /** {@code GetId}: the caller's identity id, created on first use. */
  ObjectNode getId(ObjectNode request) {
    checkPool(request);
    Map<String, String> logins = Json.textMap(request, "Logins");
    String identityId;
    if (logins.isEmpty()) {
      identityId = create(null).identityId();
    } else {
      String sub = verifiedSub(logins);
      identityId = identityBySub.computeIfAbsent(sub, s -> create(s).identityId());
    }
    return Json.object().put("IdentityId", identityId);
  }

  /** {@code GetCredentialsForIdentity}: fresh temporary credentials for an identity. */
  ObjectNode getCredentialsForIdentity(ObjectNode request) {
    String identityId = Json.text(request, "IdentityId");
    if (!identityId.matches("[\\w-]+:[0-9a-f-]+")) {
      throw AwsErrorException.cognito(
          "ValidationException",
          "1 validation error detected: Value '"
              + identityId
              + "' at 'identityId' failed to satisfy constraint: Member must satisfy regular"
              + " expression pattern: [\\w-]+:[0-9a-f-]+");
    }
    Identity identity = identities.get(identityId);
    if (identity == null) {
      throw AwsErrorException.cognito(
          "ResourceNotFoundException", "Identity '" + identityId + "' not found.");
    }
    Map<String, String> logins = Json.textMap(request, "Logins");
    boolean authenticated = identity.sub() != null;
    if (authenticated != !logins.isEmpty()
        || (authenticated && !identity.sub().equals(verifiedSub(logins)))) {
      throw AwsErrorException.cognito("NotAuthorizedException", LOGINS_DONT_MATCH);
    }
    Instant expiration = clock.instant().plus(ttl);
    IssuedCredentials issued =
        new IssuedCredentials(
            random.accessKeyId(),
            random.secretKey(),
            random.sessionToken(),
            identityId,
            authenticated,
            expiration.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    store.put(CREDENTIALS, issued.accessKeyId(), issued::toJson);
    credentials.put(issued.accessKeyId(), issued);
    ObjectNode response = Json.object();
    response
        .putObject("Credentials")
        .put("AccessKeyId", issued.accessKeyId())
        // AWS sends epoch seconds as a JSON float, e.g. 1.522664214E9
        .put("Expiration", (double) issued.expiration().getEpochSecond())
        .put("SecretKey", issued.secretKey())
        .put("SessionToken", issued.sessionToken());
    response.put("IdentityId", identityId);
    return response;
  }

  /** The credentials with this access key id, if the pool issued them. */
  Optional<IssuedCredentials> credentials(String accessKeyId) {
    return Optional.ofNullable(credentials.get(accessKeyId));
  }

  int identityCount() {
    return identities.size();
  }

  private void checkPool(ObjectNode request) {
    String poolId = Json.text(request, "IdentityPoolId");
    if (!poolId.equals(ids.identityPoolId())) {
      throw AwsErrorException.cognito(
          "ResourceNotFoundException", "IdentityPool '" + poolId + "' not found.");
    }
  }

  /** Verifies the ID token of the only provider this pool trusts and returns its {@code sub}. */
  private String verifiedSub(Map<String, String> logins) {
    if (logins.size() != 1 || !logins.containsKey(ids.loginsKey())) {
      String key = logins.keySet().iterator().next();
      if (key.startsWith("cognito-idp.")) {
        throw invalidLogin("Issuer doesn't match providerName");
      }
      throw AwsErrorException.cognito(
          "NotAuthorizedException",
          "Token is not from a supported provider of this identity pool.");
    }
    ObjectNode claims;
    try {
      claims = keys.verify(logins.get(ids.loginsKey()));
    } catch (JwtKeys.InvalidJwtException e) {
      throw invalidLogin(
          e.getMessage().equals("malformed")
              ? "Not a valid OpenId Connect identity token."
              : "Couldn't verify signed token.");
    }
    if (!("https://" + ids.loginsKey()).equals(claims.path("iss").asText())) {
      throw invalidLogin("Issuer doesn't match providerName");
    }
    if (!"id".equals(claims.path("token_use").asText())) {
      throw invalidLogin("Not a valid OpenId Connect identity token.");
    }
    if (!ids.appClientId().equals(claims.path("aud").asText())) {
      throw invalidLogin("Incorrect token audience.");
    }
    JsonNode exp = claims.path("exp");
    if (!exp.isIntegralNumber() || !exp.canConvertToLong()) {
      throw invalidLogin("Not a valid OpenId Connect identity token.");
    }
    // compared as numbers: a long beyond Instant's range is simply far in the future
    if (clock.instant().getEpochSecond() >= exp.longValue()) {
      throw invalidLogin("Token is expired.");
    }
    return claims.path("sub").asText();
  }

  private static AwsErrorException invalidLogin(String why) {
    return AwsErrorException.cognito("NotAuthorizedException", "Invalid login token. " + why);
  }

  /** Creates and persists an identity (the caller records the sub mapping). */
  private Identity create(String sub) {
    Identity identity = new Identity(ids.region() + ":" + random.uuid(), sub);
    ObjectNode record = Json.object().put("identityId", identity.identityId());
    record.put("sub", sub);
    store.put(IDENTITIES, identity.identityId(), () -> record);
    identities.put(identity.identityId(), identity);
    return identity;
  }

  private void remember(Identity identity) {
    identities.put(identity.identityId(), identity);
    if (identity.sub() != null) {
      identityBySub.put(identity.sub(), identity.identityId());
    }
  }
}
