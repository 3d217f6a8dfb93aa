package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.testing.MutableClock;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** The Identity Pool through the real SDK client: the token exchange and its checks. */
class IdentityPoolSdkTest {
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  static SandboxClients clients;

  @BeforeAll
  static void start() throws Exception {
    clients =
        new SandboxClients(
            Sandbox.start(
                SandboxOptions.builder()
                    .clock(CLOCK)
                    .credsTtl(Duration.ofSeconds(90))
                    .user("demo@example.com", "Passw0rd!")
                    .user("other@example.com", "Passw0rd!")
                    .build()),
            CLOCK);
  }

  @AfterAll
  static void stop() {
    clients.close();
  }

  @Test
  void tokenExchange_givesTemporaryCredentialsWithTheConfiguredLifetime() throws Exception {
    String idToken = clients.signInSrp("demo@example.com", "Passw0rd!").idToken();

    Credentials creds = clients.credentials(idToken);

    assertThat(creds.accessKeyId()).startsWith("ASIA").hasSize(20);
    assertThat(creds.secretKey()).hasSize(40);
    assertThat(creds.sessionToken()).isNotBlank();
    assertThat(creds.expiration()).isEqualTo(CLOCK.instant().plusSeconds(90));
  }

  @Test
  void getId_isStablePerUserAndDistinctBetweenUsers() throws Exception {
    String demo = clients.signInSrp("demo@example.com", "Passw0rd!").idToken();
    String demoAgain = clients.signInSrp("demo@example.com", "Passw0rd!").idToken();
    String other = clients.signInSrp("other@example.com", "Passw0rd!").idToken();

    assertThat(getId(demo)).isEqualTo(getId(demoAgain)).isNotEqualTo(getId(other));
    assertThat(getId(demo)).matches("us-east-1:[0-9a-f-]{36}");
  }

  @Test
  void withoutLogins_eachGetIdIsANewGuestIdentityWithCredentials() {
    String first = clients.identity.getId(b -> b.identityPoolId(poolId())).identityId();
    String second = clients.identity.getId(b -> b.identityPoolId(poolId())).identityId();

    assertThat(first).isNotEqualTo(second);
    assertThat(clients.identity.getCredentialsForIdentity(b -> b.identityId(first)).credentials())
        .isNotNull();
  }

  @Test
  void authenticatedIdentity_withoutLogins_isRefused() throws Exception {
    String idToken = clients.signInSrp("demo@example.com", "Passw0rd!").idToken();
    String identityId = getId(idToken);

    assertThatThrownBy(
            () -> clients.identity.getCredentialsForIdentity(b -> b.identityId(identityId)))
        .isInstanceOf(NotAuthorizedException.class)
        .hasMessageContaining("Logins don't match");
  }

  @Test
  void expiredIdToken_isRefused() throws Exception {
    String idToken = clients.signInSrp("demo@example.com", "Passw0rd!").idToken();
    String identityId = getId(idToken);
    CLOCK.advance(Duration.ofMinutes(61));
    try {
      assertThatThrownBy(() -> exchange(identityId, idToken))
          .isInstanceOf(NotAuthorizedException.class)
          .satisfies(
              e ->
                  assertThat(SandboxClients.message(e))
                      .isEqualTo("Invalid login token. Token is expired."));
    } finally {
      CLOCK.advance(Duration.ofMinutes(-61));
    }
  }

  @Test
  void forgedIdToken_signedWithAnotherKey_isRefused() throws Exception {
    String idToken = clients.signInSrp("demo@example.com", "Passw0rd!").idToken();
    String identityId = getId(idToken);
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPair attacker = rsa.generateKeyPair();
    ObjectNode claims = (ObjectNode) SandboxClients.claims(idToken);
    String forged = new JwtKeys(CompletableFuture.completedFuture(attacker)).sign(claims);

    assertThatThrownBy(() -> exchange(identityId, forged))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e))
                    .isEqualTo("Invalid login token. Couldn't verify signed token."));
  }

  @Test
  void idToken_signedByThePool_withAnExpBeyondTheCalendar_isRefusedOrAccepted_neverA500()
      throws Exception {
    String idToken = clients.signInSrp("demo@example.com", "Passw0rd!").idToken();
    ObjectNode claims = (ObjectNode) SandboxClients.claims(idToken);
    String farDouble = clients.sandbox.keys.sign(claims.deepCopy().put("exp", 1e300));
    String farLong = clients.sandbox.keys.sign(claims.deepCopy().put("exp", Long.MAX_VALUE));

    assertThatThrownBy(() -> getId(farDouble))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e))
                    .isEqualTo("Invalid login token. Not a valid OpenId Connect identity token."));
    assertThat(getId(farLong)).isEqualTo(getId(idToken));
  }

  @Test
  void tamperedIdToken_withChangedClaims_isRefused() throws Exception {
    String idToken = clients.signInSrp("demo@example.com", "Passw0rd!").idToken();
    String identityId = getId(idToken);
    String[] parts = idToken.split("\\.");
    ObjectNode claims = (ObjectNode) SandboxClients.claims(idToken);
    claims.put("exp", claims.path("exp").asLong() + 86400);
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.toString().getBytes())
            + "."
            + parts[2];

    assertThatThrownBy(() -> exchange(identityId, tampered))
        .isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void idToken_underAnotherPoolsLoginsKey_hasTheWrongIssuer() throws Exception {
    String idToken = clients.signInSrp("demo@example.com", "Passw0rd!").idToken();

    assertThatThrownBy(
            () ->
                clients.identity.getId(
                    b ->
                        b.identityPoolId(poolId())
                            .logins(
                                Map.of(
                                    "cognito-idp.us-east-1.amazonaws.com/us-east-1_other",
                                    idToken))))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e))
                    .isEqualTo("Invalid login token. Issuer doesn't match providerName"));
  }

  @Test
  void accessToken_insteadOfIdToken_isRefused() throws Exception {
    String accessToken = clients.signInSrp("demo@example.com", "Passw0rd!").accessToken();

    assertThatThrownBy(
            () ->
                clients.identity.getId(
                    b ->
                        b.identityPoolId(poolId())
                            .logins(Map.of(clients.sandbox.config().loginsKey(), accessToken))))
        .isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void unknownPoolAndIdentity_areNotFound() {
    assertThatThrownBy(
            () ->
                clients.identity.getId(
                    b -> b.identityPoolId("us-east-1:00000000-0000-0000-0000-000000000000")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining(
            "IdentityPool 'us-east-1:00000000-0000-0000-0000-000000000000' not found.");
    assertThatThrownBy(
            () ->
                clients.identity.getCredentialsForIdentity(
                    b -> b.identityId("us-east-1:00000000-0000-0000-0000-000000000000")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  private static String poolId() {
    return clients.sandbox.config().identityPoolId();
  }

  private static String getId(String idToken) {
    return clients
        .identity
        .getId(
            b ->
                b.identityPoolId(poolId())
                    .logins(Map.of(clients.sandbox.config().loginsKey(), idToken)))
        .identityId();
  }

  private static Credentials exchange(String identityId, String idToken) {
    return clients
        .identity
        .getCredentialsForIdentity(
            b ->
                b.identityId(identityId)
                    .logins(Map.of(clients.sandbox.config().loginsKey(), idToken)))
        .credentials();
  }
}
