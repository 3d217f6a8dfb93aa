package dev.cogsh.auth;

import dev.cogsh.config.Config;
import dev.cogsh.testing.MotoServer;
import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * A user pool and app client made in moto with the real SDK admin calls (signed with dummy
 * credentials), and a {@link Config} pointing cogsh at them.
 */
final class MotoUserPool implements AutoCloseable {

  final CognitoIdentityProviderClient admin;
  final String poolId;
  final String clientId;
  final String clientSecret;
  private final URI endpoint;

  private MotoUserPool(
      CognitoIdentityProviderClient admin,
      String poolId,
      String clientId,
      String clientSecret,
      URI endpoint) {
    this.admin = admin;
    this.poolId = poolId;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.endpoint = endpoint;
  }

  /** A fresh pool with one app client (with a generated secret when asked). */
  static MotoUserPool create(MotoServer moto, boolean withSecret) {
    CognitoIdentityProviderClient admin =
        CognitoIdentityProviderClient.builder()
            .region(Region.of(MotoServer.region()))
            .credentialsProvider(MotoServer.credentials())
            .endpointOverride(moto.endpoint())
            .build();
    String poolId = admin.createUserPool(b -> b.poolName("cogsh-test")).userPool().id();
    UserPoolClientType client =
        admin
            .createUserPoolClient(
                b ->
                    b.userPoolId(poolId)
                        .clientName("cogsh")
                        .generateSecret(withSecret)
                        .explicitAuthFlows(
                            ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                            ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
            .userPoolClient();
    return new MotoUserPool(
        admin, poolId, client.clientId(), client.clientSecret(), moto.endpoint());
  }

  /** A confirmed user with a permanent password. */
  MotoUserPool confirmedUser(String name, String password) {
    newUser(name, "Temp0rary!");
    admin.adminSetUserPassword(
        b -> b.userPoolId(poolId).username(name).password(password).permanent(true));
    return this;
  }

  /** A user an administrator created: the first sign-in meets NEW_PASSWORD_REQUIRED. */
  MotoUserPool newUser(String name, String temporaryPassword) {
    admin.adminCreateUser(
        b ->
            b.userPoolId(poolId)
                .username(name)
                .temporaryPassword(temporaryPassword)
                .messageAction(MessageActionType.SUPPRESS));
    return this;
  }

  /** A user who signed up and never confirmed. */
  MotoUserPool unconfirmedUser(String name, String password) {
    admin.signUp(
        b ->
            b.clientId(clientId)
                .username(name)
                .password(password)
                .secretHash(
                    clientSecret == null
                        ? null
                        : dev.cogsh.srp.SecretHash.compute(name, clientId, clientSecret)));
    return this;
  }

  /**
   * MFA required for everyone, by authenticator app: sign-ins of unenrolled users meet MFA_SETUP.
   */
  MotoUserPool requireTotpMfa() {
    admin.setUserPoolMfaConfig(
        b ->
            b.userPoolId(poolId)
                .mfaConfiguration(UserPoolMfaType.ON)
                .softwareTokenMfaConfiguration(s -> s.enabled(true)));
    return this;
  }

  /** Turns on SMS MFA for a user (moto sends no SMS and accepts any code). */
  MotoUserPool smsMfa(String name) {
    admin.adminSetUserMFAPreference(
        b ->
            b.userPoolId(poolId)
                .username(name)
                .smsMfaSettings(s -> s.enabled(true).preferredMfa(true)));
    return this;
  }

  /** cogsh's configuration for this pool; {@code secret} chooses whether cogsh knows the secret. */
  Config config(boolean withSecret) {
    return Config.builder()
        .region(MotoServer.region())
        .userPoolId(poolId)
        .appClientId(clientId)
        .appClientSecret(withSecret ? clientSecret : null)
        .endpoints(new Config.Endpoints(endpoint, endpoint))
        .build();
  }

  /** Tokens the admin way (ADMIN_USER_PASSWORD_AUTH), to enrol MFA with the access token. */
  String adminAccessToken(String name, String password) {
    return admin
        .adminInitiateAuth(
            b ->
                b.userPoolId(poolId)
                    .clientId(clientId)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(java.util.Map.of("USERNAME", name, "PASSWORD", password)))
        .authenticationResult()
        .accessToken();
  }

  @Override
  public void close() {
    admin.close();
  }
}
