package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.srp.SecretHash;
import dev.cogsh.srp.SrpClient;
import dev.cogsh.testing.MutableClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** An app client with a secret: every call must carry the right {@code SECRET_HASH}. */
class SecretHashSdkTest {
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  static SandboxClients clients;

  @BeforeAll
  static void start() throws Exception {
    clients =
        new SandboxClients(
            Sandbox.start(
                SandboxOptions.builder()
                    .clock(CLOCK)
                    .clientSecret("sandbox-client-secret-1234567890")
                    .build()),
            CLOCK);
  }

  @AfterAll
  static void stop() {
    clients.close();
  }

  @Test
  void srpSignIn_withTheRightSecretHash_succeeds() throws Exception {
    AuthenticationResultType tokens = clients.signInSrp("demo@example.com", "Passw0rd!");

    assertThat(tokens.idToken()).isNotBlank();
  }

  @Test
  void initiateAuth_withoutSecretHash_saysTheSecretWasNotReceived() {
    assertThatThrownBy(() -> initiate(Map.of()))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e))
                    .isEqualTo(
                        "Client "
                            + clients.clientId()
                            + " is configured for secret but secret was not received"));
  }

  @Test
  void initiateAuth_withWrongSecretHash_cannotVerifyIt() {
    String wrong = SecretHash.compute("demo@example.com", clients.clientId(), "another-secret");

    assertThatThrownBy(() -> initiate(Map.of("SECRET_HASH", wrong)))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e))
                    .isEqualTo("Unable to verify secret hash for client " + clients.clientId()));
  }

  @Test
  void refresh_needsTheSecretHashToo() throws Exception {
    String refreshToken = clients.signInSrp("demo@example.com", "Passw0rd!").refreshToken();

    assertThatThrownBy(
            () ->
                clients.idp.initiateAuth(
                    b ->
                        b.clientId(clients.clientId())
                            .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                            .authParameters(Map.of("REFRESH_TOKEN", refreshToken))))
        .isInstanceOf(NotAuthorizedException.class);
    var refreshed =
        clients.idp.initiateAuth(
            b ->
                b.clientId(clients.clientId())
                    .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                    .authParameters(
                        clients.withSecretHash(
                            Map.of("REFRESH_TOKEN", refreshToken), "demo@example.com")));
    assertThat(refreshed.authenticationResult().idToken()).isNotBlank();
  }

  private static void initiate(Map<String, String> extra) {
    Map<String, String> params =
        new java.util.HashMap<>(
            Map.of(
                "USERNAME",
                "demo@example.com",
                "SRP_A",
                SrpClient.start(SandboxClients.RANDOM).srpA()));
    params.putAll(extra);
    clients.idp.initiateAuth(
        b ->
            b.clientId(clients.clientId())
                .authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(params));
  }
}
