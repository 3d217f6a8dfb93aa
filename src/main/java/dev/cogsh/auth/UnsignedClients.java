package dev.cogsh.auth;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;

/**
 * Builds SDK clients for Cognito's public APIs (InitiateAuth, RespondToAuthChallenge, GetId,
 * GetCredentialsForIdentity): calls sent unsigned (anonymous credentials — signing them is the
 * warrant#146 pitfall), over the JDK's URL connection, to an endpoint override when one is set.
 * They read no {@code ~/.aws} profile: nothing there applies to unsigned calls.
 */
public final class UnsignedClients {

  private UnsignedClients() {}

  /** Configures {@code builder} as above for {@code region} and builds the client. */
  public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
      B builder, String region, URI endpointOverride) {
    return build(builder, region, endpointOverride, new CognitoCallCount());
  }

  /** As above, each call counted in {@code count} (the session's, for {@code cogsh run}). */
  public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
      B builder, String region, URI endpointOverride, CognitoCallCount count) {
    builder
        .region(Region.of(region))
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .httpClientBuilder(
            UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(30)))
        .overrideConfiguration(
            o ->
                o.defaultProfileFileSupplier(() -> ProfileFile.aggregator().build())
                    .defaultProfileName("default")
                    .addExecutionInterceptor(count.interceptor()));
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride);
    }
    return builder.build();
  }
}
