package dev.cogsh.creds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.testing.MotoServer;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * The exchange against moto, an independent implementation of the Cognito wire protocol (its
 * credentials live 90 s). Skipped, with the reason printed, where {@code moto_server} is absent.
 */
class CredsMotoTest {

  @RegisterExtension static final MotoServer MOTO = MotoServer.onFreePort();

  private static final String USER = "ada@example.com";
  private static final String PASSWORD = "Passw0rd!long";
  private static Config config;

  @BeforeAll
  static void pools() {
    URI endpoint = MOTO.endpoint();
    Region region = Region.of(MotoServer.region());
    String poolId;
    String clientId;
    try (CognitoIdentityProviderClient admin =
        CognitoIdentityProviderClient.builder()
            .region(region)
            .credentialsProvider(MotoServer.credentials())
            .endpointOverride(endpoint)
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      poolId = admin.createUserPool(b -> b.poolName("cogsh-creds")).userPool().id();
      clientId =
          admin
              .createUserPoolClient(
                  b ->
                      b.userPoolId(poolId)
                          .clientName("cogsh")
                          .explicitAuthFlows(
                              ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                              ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
              .userPoolClient()
              .clientId();
      admin.adminCreateUser(
          b ->
              b.userPoolId(poolId)
                  .username(USER)
                  .temporaryPassword("Temp0rary!long")
                  .messageAction(MessageActionType.SUPPRESS));
      admin.adminSetUserPassword(
          b -> b.userPoolId(poolId).username(USER).password(PASSWORD).permanent(true));
    }
    String identityPoolId;
    try (CognitoIdentityClient admin =
        CognitoIdentityClient.builder()
            .region(region)
            .credentialsProvider(MotoServer.credentials())
            .endpointOverride(endpoint)
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      identityPoolId =
          admin
              .createIdentityPool(
                  b ->
                      b.identityPoolName("cogsh_creds")
                          .allowUnauthenticatedIdentities(true)
                          .cognitoIdentityProviders(
                              CognitoIdentityProvider.builder()
                                  .providerName(
                                      "cognito-idp." + region.id() + ".amazonaws.com/" + poolId)
                                  .clientId(clientId)
                                  .build()))
              .identityPoolId();
    }
    config =
        new Config(
            region.id(),
            poolId,
            clientId,
            null,
            identityPoolId,
            URI.create("https://example.execute-api.us-east-1.amazonaws.com/prod"),
            region.id(),
            null,
            USER,
            null,
            new Config.Endpoints(endpoint, endpoint),
            null,
            null,
            null);
  }

  private static Auth signedIn() {
    CognitoIdentityProviderClient client =
        CognitoIdentityProviderClient.builder()
            .region(Region.of(config.region()))
            .endpointOverride(MOTO.endpoint())
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    Auth auth =
        new Auth(
            config, client, ChallengeAnswers.scripted(), Clock.systemUTC(), new SecureRandom());
    auth.loginWithPassword(USER, PASSWORD);
    return auth;
  }

  @Test
  void exchange_worksOnMotosWireFormat_andIsReused() {
    Creds creds = Creds.create(config, signedIn());
    Instant before = Instant.now();
    AwsCredentials c = creds.get();
    assertThat(c.accessKeyId()).isNotBlank();
    assertThat(c.secretKey()).isNotBlank();
    assertThat(c.sessionToken()).isNotBlank();
    assertThat(c.identityId()).startsWith(config.region() + ":");
    assertThat(c.expiration()).isBetween(before, before.plus(Duration.ofMinutes(10)));
    assertThat(creds.get()).isSameAs(c); // 90 s of life is more than the 60 s margin
    assertThat(creds.toString()).doesNotContain(c.secretKey()).doesNotContain(c.sessionToken());
  }

  @Test
  void marginLongerThanMotosLifetime_refreshesOnEveryGet() {
    Creds creds =
        new Creds(
            config,
            signedIn(),
            IdentityClients.create(config),
            Clock.systemUTC(),
            null,
            null,
            Duration.ofMinutes(10));
    AwsCredentials first = creds.get();
    AwsCredentials second = creds.get();
    assertThat(second).isNotSameAs(first);
    assertThat(second.identityId()).isEqualTo(first.identityId());
  }

  @Test
  void guest_worksOnMoto() {
    AwsCredentials guest = Creds.create(config, signedIn()).guest();
    assertThat(guest.accessKeyId()).isNotBlank();
    assertThat(guest.source()).isEqualTo("identity pool, guest");
  }
}
