package dev.cogsh.auth;

import dev.cogsh.config.Config;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Builds the SDK client sign-in uses, and checks the configuration it needs. */
final class CognitoClients {

  /** The form amazon-cognito-identity-js accepts: {@code <region>_<id>}. */
  private static final Pattern POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");

  private CognitoClients() {}

  /**
   * A User Pool client that sends calls unsigned (anonymous credentials: InitiateAuth and friends
   * are public), over the JDK's URL connection, to {@code endpoints.cognitoIdp} when set. It reads
   * no {@code ~/.aws} profile: nothing there applies to unsigned calls.
   */
  static CognitoIdentityProviderClient userPools(Config config) {
    return userPools(config, new CognitoCallCount());
  }

  /** As above, each call counted in {@code count}. */
  static CognitoIdentityProviderClient userPools(Config config, CognitoCallCount count) {
    return UnsignedClients.build(
        CognitoIdentityProviderClient.builder(),
        region(config),
        config.endpoints().cognitoIdp(),
        count);
  }

  /** The User Pool's region: {@code region}, else the prefix of {@code userPoolId}. */
  static String region(Config config) {
    if (config.region() != null && !config.region().isBlank()) {
      return config.region();
    }
    String pool = config.userPoolId();
    if (pool != null && pool.indexOf('_') > 0) {
      return pool.substring(0, pool.indexOf('_'));
    }
    throw new AuthException(
        AuthException.Reason.CONFIGURATION,
        "No region for the user pool",
        "set region (e.g. us-east-1) or userPoolId (e.g. us-east-1_AbC123xyz) in cogsh.json");
  }

  /** Checks what every sign-in call needs: a well-formed user pool id and an app client id. */
  static void requireSignInConfig(Config config) {
    String pool = config.userPoolId();
    if (pool == null || pool.isBlank()) {
      throw new AuthException(
          AuthException.Reason.CONFIGURATION,
          "No user pool configured",
          "set userPoolId (e.g. us-east-1_AbC123xyz) in cogsh.json or COGSH_USER_POOL_ID");
    }
    if (!POOL_ID.matcher(pool).matches()) {
      throw new AuthException(
          AuthException.Reason.CONFIGURATION,
          "Invalid user pool id format: '" + pool + "'",
          "a user pool id is <region>_<id>, like us-east-1_AbC123xyz (the pool's Overview page)");
    }
    if (config.appClientId() == null || config.appClientId().isBlank()) {
      throw new AuthException(
          AuthException.Reason.CONFIGURATION,
          "No app client configured",
          "set appClientId in cogsh.json or COGSH_APP_CLIENT_ID (User pool > App clients)");
    }
  }
}
