package dev.cogsh.creds;

import dev.cogsh.config.Config;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a remembered session belongs to: the configuration profile, the user pool, its app client,
 * the identity pool and the Cognito endpoint (a sandbox on another port is another pool). The user
 * is checked separately: one file per key, holding the last user who signed in.
 *
 * @param profile the configuration profile, {@code ""} for the top level
 * @param userPoolId the user pool
 * @param appClientId the app client
 * @param identityPoolId the identity pool, {@code ""} when none is configured
 * @param endpoint the User Pool endpoint override, {@code ""} for AWS's own
 */
public record RememberKey(
    String profile, String userPoolId, String appClientId, String identityPoolId, String endpoint) {

  public RememberKey {
    profile = Objects.requireNonNullElse(profile, "");
    Objects.requireNonNull(userPoolId, "userPoolId");
    Objects.requireNonNull(appClientId, "appClientId");
    identityPoolId = Objects.requireNonNullElse(identityPoolId, "");
    endpoint = Objects.requireNonNullElse(endpoint, "");
  }

  /** The key of {@code config} under {@code profile} ({@code null}: the top level). */
  public static RememberKey of(String profile, Config config) {
    return new RememberKey(
        profile,
        config.userPoolId(),
        config.appClientId(),
        config.identityPoolId(),
        config.endpoints().cognitoIdp() == null
            ? null
            : config.endpoints().cognitoIdp().toString());
  }

  /** The file name: a digest of the key, so that ids never become path syntax. */
  public String fileName() {
    String joined = String.join("\n", profile, userPoolId, appClientId, identityPoolId, endpoint);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12) + ".json";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** {@code pool us-east-1_abc, client 4abc…, profile prod}. */
  public String describe() {
    return "pool "
        + userPoolId
        + ", client "
        + appClientId
        + (profile.isEmpty() ? "" : ", profile " + profile)
        + (endpoint.isEmpty() ? "" : " at " + endpoint);
  }
}
