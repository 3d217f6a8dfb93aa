package dev.cogsh.api;

import dev.cogsh.config.Config;
import dev.cogsh.sigv4.SigningCredentials;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * A guest identity's credentials from the sandbox's Identity Pool (the SDK's client, no logins).
 */
final class GuestCredentials {

  private GuestCredentials() {}

  static CredentialSource of(Config config) {
    try (CognitoIdentityClient identity =
        CognitoIdentityClient.builder()
            .endpointOverride(config.endpoints().cognitoIdentity())
            .region(Region.of(config.region()))
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      String id = identity.getId(b -> b.identityPoolId(config.identityPoolId())).identityId();
      Credentials c = identity.getCredentialsForIdentity(b -> b.identityId(id)).credentials();
      return CredentialSource.of(
          new SigningCredentials(c.accessKeyId(), c.secretKey(), c.sessionToken()));
    }
  }
}
