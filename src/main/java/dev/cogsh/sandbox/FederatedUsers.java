package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Locale;

/**
 * The users the built-in external identity provider {@code SandboxIdP} brings to the pool. As in
 * Cognito, a federated user is created in the pool on first sign-in with the name {@code
 * <provider>_<id>}, has no password, and its ID token carries an {@code identities} claim.
 */
final class FederatedUsers {
  /** The provider name to pass as {@code identity_provider}. */
  static final String PROVIDER = "SandboxIdP";

  /** The status Cognito gives a federated user. */
  static final String STATUS = "EXTERNAL_PROVIDER";

  private FederatedUsers() {}

  /** The pool user for the provider's user {@code externalId}, created on first sign-in. */
  static PoolUser signIn(UserPool pool, RandomIds random, String externalId) {
    String id = externalId.strip().toLowerCase(Locale.ROOT);
    String username = PROVIDER + "_" + id;
    PoolUser existing = pool.user(username);
    if (existing != null) {
      return existing;
    }
    // no password: an empty salt and a zero verifier that no password can match
    PoolUser created =
        new PoolUser(
            username,
            random.uuid(),
            STATUS,
            "00",
            "0",
            PoolUser.NO_MFA,
            null,
            id.contains("@") ? id : null,
            null,
            null);
    pool.add(created);
    PoolUser stored = pool.user(username);
    return stored == null ? created : stored;
  }

  /** The {@code identities} claim of a federated user's ID token, or {@code null} for others. */
  static JsonNode identitiesClaim(PoolUser user) {
    if (!STATUS.equals(user.status()) || !user.username().startsWith(PROVIDER + "_")) {
      return null;
    }
    ArrayNode identities = Json.array();
    identities
        .addObject()
        .put("userId", user.username().substring(PROVIDER.length() + 1))
        .put("providerName", PROVIDER)
        .put("providerType", "OIDC")
        .putNull("issuer")
        .put("primary", "true");
    return identities;
  }
}
