package dev.cogsh.creds;

import dev.cogsh.auth.CognitoCallCount;
import dev.cogsh.auth.UnsignedClients;
import dev.cogsh.config.Config;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** Builds the SDK Identity Pool client: unsigned calls, JDK HTTP, the pool's own region. */
final class IdentityClients {

  private IdentityClients() {}

  /**
   * A client for the identity pool's region (the prefix of its id: calling another region is what
   * produces "IdentityPool … not found"), sending GetId and GetCredentialsForIdentity unsigned
   * (they are public APIs) to {@code endpoints.cognitoIdentity} when set. It reads no {@code
   * ~/.aws} file.
   */
  static CognitoIdentityClient create(Config config) {
    return create(config, new CognitoCallCount());
  }

  /** As above, each call counted in {@code count}. */
  static CognitoIdentityClient create(Config config, CognitoCallCount count) {
    return UnsignedClients.build(
        CognitoIdentityClient.builder(),
        region(config),
        config.endpoints().cognitoIdentity(),
        count);
  }

  /** The identity pool's region: the prefix of its id, else {@code region}, else us-east-1. */
  static String region(Config config) {
    String id = config.identityPoolId();
    if (id != null && id.indexOf(':') > 0) {
      return id.substring(0, id.indexOf(':'));
    }
    return config.region() != null ? config.region() : "us-east-1";
  }

  /** Where the calls go, for messages. */
  static String endpoint(Config config) {
    return config.endpoints().cognitoIdentity() != null
        ? config.endpoints().cognitoIdentity().toString()
        : "cognito-identity." + region(config) + ".amazonaws.com";
  }
}
