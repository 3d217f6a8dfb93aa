package dev.cogsh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.testing.MotoServer;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * Sign-in end to end against moto_server, an independent implementation of the wire protocol,
 * through {@link Auth#create} (the real SDK client: unsigned, URL connection, endpoint override).
 *
 * <p>moto accepts any SRP signature, so these tests prove the wire shapes, the flow and the
 * SECRET_HASH choices, not the SRP maths: those are checked against the vectors and, with real
 * verification, against the sandbox.
 */
class AuthMotoSignInTest {

  @RegisterExtension static final MotoServer MOTO = MotoServer.onFreePort();

  private static final String PASSWORD = "Passw0rd!";

  private MotoUserPool pool;

  private Auth auth(boolean secret) {
    return Auth.create(pool.config(secret), ChallengeAnswers.none());
  }

  @AfterEach
  void closePool() {
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  void srpSignIn_returnsTheUsersTokens() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", PASSWORD);
    Auth auth = auth(false);

    Tokens tokens = auth.login("ada", PASSWORD);

    assertThat(tokens.idToken().claim("cognito:username")).isEqualTo("ada");
    assertThat(tokens.idToken().claim("iss")).endsWith("/" + pool.poolId);
    assertThat(tokens.refreshToken()).isNotBlank();
    assertThat(tokens.expiresAt()).isAfter(Instant.now().plusSeconds(3000));
    assertThat(auth.whoami()).startsWith("Signed in as ada (sub ");
  }

  @Test
  void userPasswordAuth_returnsTheUsersTokens() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", PASSWORD);

    Tokens tokens = auth(false).loginWithPassword("ada", PASSWORD);

    assertThat(tokens.username()).isEqualTo("ada");
  }

  @Test
  void refresh_returnsNewTokensAndKeepsTheRefreshToken() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", PASSWORD);
    Auth auth = auth(false);
    Tokens first = auth.login("ada", PASSWORD);

    Tokens second = auth.refresh();

    assertThat(second.idToken().raw()).isNotEqualTo(first.idToken().raw());
    assertThat(second.refreshToken()).isEqualTo(first.refreshToken());
    assertThat(auth.validTokens()).isSameAs(second);
  }

  @Test
  void clientWithSecret_srpSignInAndRefresh_sendTheRightSecretHash() {
    // moto checks SECRET_HASH on USER_SRP_AUTH (typed name) and on refresh (internal name)
    pool = MotoUserPool.create(MOTO, true).confirmedUser("ada", PASSWORD);
    assertThat(pool.clientSecret).isNotBlank();
    Auth auth = auth(true);

    auth.login("ada", PASSWORD);
    Tokens refreshed = auth.refresh();

    assertThat(refreshed.username()).isEqualTo("ada");
  }

  @Test
  void clientWithSecret_withAWrongSecret_isRefused() {
    pool = MotoUserPool.create(MOTO, true).confirmedUser("ada", PASSWORD);
    var wrong =
        dev.cogsh.config.Config.builder()
            .region(MotoServer.region())
            .userPoolId(pool.poolId)
            .appClientId(pool.clientId)
            .appClientSecret("not-the-secret")
            .endpoints(pool.config(false).endpoints())
            .build();

    // moto answers NotAuthorizedException with the hash as its message (AWS says "Unable to
    // verify secret hash"): a SECRET_HASH was sent, so the hint still points at the secret
    assertThatThrownBy(() -> Auth.create(wrong, ChallengeAnswers.none()).login("ada", PASSWORD))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.SECRET_HASH);
              assertThat(e.hint()).contains("appClientSecret");
            })
        .hasMessageNotContaining("not-the-secret");
  }

  @Test
  void wrongPassword_isReportedAsSuch() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", PASSWORD);

    assertThatThrownBy(() -> auth(false).loginWithPassword("ada", "Wr0ng-password!"))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD))
        .hasMessage("Incorrect user name or password for ada")
        .hasMessageNotContaining("Wr0ng-password!");
  }

  @Test
  void unknownUser_isReportedAsSuch() {
    pool = MotoUserPool.create(MOTO, false);

    assertThatThrownBy(() -> auth(false).login("nobody", PASSWORD))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_USER))
        .hasMessage("No user nobody in this user pool");
  }

  @Test
  void unconfirmedUser_isToldToConfirm() {
    pool = MotoUserPool.create(MOTO, false).unconfirmedUser("ada", PASSWORD);

    assertThatThrownBy(() -> auth(false).login("ada", PASSWORD))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.USER_NOT_CONFIRMED);
              assertThat(e.hint()).contains("auth.confirmSignUp(");
            });
  }

  @Test
  void logout_revokesTheRefreshToken() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", PASSWORD);
    Auth auth = auth(false);
    String refresh = auth.login("ada", PASSWORD).refreshToken();

    auth.logout();

    assertThat(auth.signedIn()).isFalse();
    assertThatThrownBy(
            () ->
                pool.admin.initiateAuth(
                    b ->
                        b.clientId(pool.clientId)
                            .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                            .authParameters(Map.of("REFRESH_TOKEN", refresh))))
        .isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void unknownAppClient_pointsAtTheConfiguration() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", PASSWORD);
    var config = pool.config(false);
    var wrongClient =
        dev.cogsh.config.Config.builder()
            .region(config.region())
            .userPoolId(config.userPoolId())
            .appClientId("no-such-client")
            .endpoints(config.endpoints())
            .build();

    assertThatThrownBy(
            () -> Auth.create(wrongClient, ChallengeAnswers.none()).login("ada", PASSWORD))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFIGURATION));
  }
}
