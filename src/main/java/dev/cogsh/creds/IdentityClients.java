package dev.cogsh.creds;

import dev.cogsh.config.Config;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder;

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
    CognitoIdentityClientBuilder builder =
        CognitoIdentityClient.builder()
            .region(Region.of(region(config)))
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(Duration.ofSeconds(30)))
            .overrideConfiguration(
                o ->
                    o.defaultProfileFileSupplier(() -> ProfileFile.aggregator().build())
                        .defaultProfileName("default"));
    if (config.endpoints().cognitoIdentity() != null) {
      builder.endpointOverride(config.endpoints().cognitoIdentity());
    }
    return builder.build();
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
