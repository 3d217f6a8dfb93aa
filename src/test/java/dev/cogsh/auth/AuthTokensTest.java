package dev.cogsh.auth;

import static dev.cogsh.auth.AuthFixtures.NOW;
import static dev.cogsh.auth.AuthFixtures.RANDOM;
import static dev.cogsh.auth.TestTokens.initiateTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.config.Config;
import dev.cogsh.human.Masks;
import dev.cogsh.srp.SecretHash;
import dev.cogsh.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;

/** Refresh (explicit and automatic near expiry), logout, whoami, masking. */
class AuthTokensTest {

  private final FakeCognito cognito = new FakeCognito();
  private final MutableClock clock = new MutableClock(NOW);

  private Auth signedIn(Config config) {
    cognito.then(initiateTokens("internal-ada", NOW.plusSeconds(3600), "refresh-token-0001"));
    Auth auth = new Auth(config, cognito, ChallengeAnswers.none(), clock, RANDOM);
    auth.loginWithPassword("ada@example.com", "pw");
    return auth;
  }

  @Test
  void refresh_keepsTheRefreshTokenAndHashesTheInternalUsername() {
    Auth auth = signedIn(AuthFixtures.withSecret());
    cognito.then(initiateTokens("internal-ada", NOW.plusSeconds(7200), null));

    Tokens tokens = auth.refresh();

    InitiateAuthRequest r = cognito.request(1);
    assertThat(r.authFlow()).isEqualTo(AuthFlowType.REFRESH_TOKEN_AUTH);
    assertThat(r.authParameters())
        .containsEntry("REFRESH_TOKEN", "refresh-token-0001")
        .containsEntry(
            "SECRET_HASH",
            SecretHash.compute("internal-ada", AuthFixtures.CLIENT_ID, AuthFixtures.CLIENT_SECRET))
        .doesNotContainKey("USERNAME");
    assertThat(tokens.refreshToken()).isEqualTo("refresh-token-0001");
    assertThat(tokens.expiresAt()).isEqualTo(NOW.plusSeconds(7200));
  }

  @Test
  void validTokens_withMoreThanAMinuteLeft_doesNotCallCognito() {
    Auth auth = signedIn(AuthFixtures.config());
    clock.advance(Duration.ofMinutes(58));

    Tokens tokens = auth.validTokens();

    assertThat(tokens.validFor(clock.instant())).isEqualTo(Duration.ofSeconds(120));
    assertThat(cognito.requests).hasSize(1);
  }

  @Test
  void validTokens_withinAMinuteOfExpiry_refreshesFirst() {
    Auth auth = signedIn(AuthFixtures.config());
    clock.advance(Duration.ofSeconds(3600 - 59));
    cognito.then(initiateTokens("internal-ada", clock.instant().plusSeconds(3600), null));

    Tokens tokens = auth.validTokens();

    assertThat(cognito.<InitiateAuthRequest>last().authFlow())
        .isEqualTo(AuthFlowType.REFRESH_TOKEN_AUTH);
    assertThat(tokens.validFor(clock.instant())).isEqualTo(Duration.ofHours(1));
    assertThat(auth.tokens()).isSameAs(tokens);
  }

  @Test
  void validTokens_whenRefreshTokenExpired_forgetsTheSession() {
    Auth auth = signedIn(AuthFixtures.config());
    clock.advance(Duration.ofHours(2));
    cognito.thenFail("NotAuthorizedException", "Refresh Token has expired");

    assertThatThrownBy(auth::validTokens)
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SESSION_EXPIRED))
        .hasMessage("The session is over: Refresh Token has expired");
    assertThat(auth.signedIn()).isFalse();
  }

  @Test
  void validTokens_whenNotSignedIn_saysToLogIn() {
    Auth auth = new Auth(AuthFixtures.config(), cognito, ChallengeAnswers.none(), clock, RANDOM);

    assertThatThrownBy(auth::validTokens)
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_SIGNED_IN);
              assertThat(e.hint()).isEqualTo("type auth.login()");
            });
    assertThat(auth.whoami()).isEqualTo("Not signed in (type auth.login())");
  }

  @Test
  void logout_signsOutGloballyAndForgetsTheTokens() {
    Auth auth = signedIn(AuthFixtures.config());
    String access = auth.tokens().accessToken().raw();
    cognito.then(GlobalSignOutResponse.builder().build());

    auth.logout();

    assertThat(cognito.<GlobalSignOutRequest>last().accessToken()).isEqualTo(access);
    assertThat(auth.signedIn()).isFalse();
    assertThatThrownBy(auth::tokens).hasMessage("Not signed in");
  }

  @Test
  void logout_whenCognitoIsUnreachable_stillForgetsAndSaysSo() {
    Auth auth = signedIn(AuthFixtures.config());
    cognito.thenThrow(
        software.amazon.awssdk.core.exception.SdkClientException.create(
            "x", new java.net.ConnectException("refused")));

    assertThatThrownBy(auth::logout)
        .hasMessageStartingWith("Signed out here, but Cognito's GlobalSignOut failed");
    assertThat(auth.signedIn()).isFalse();
  }

  @Test
  void describe_withoutAnEmailClaim_namesTheUserAsTyped_withTheUuidBeside() {
    Instant exp = NOW.plusSeconds(3600);
    Jwt id =
        Jwt.decode(
            TestTokens.jwt(
                "{\"sub\":\""
                    + TestTokens.SUB
                    + "\",\"cognito:username\":\""
                    + TestTokens.SUB
                    + "\",\"token_use\":\"id\",\"exp\":"
                    + exp.getEpochSecond()
                    + "}"));
    Tokens tokens = Tokens.of(id, null, null);

    assertThat(tokens.describe(NOW, "ada@example.com"))
        .isEqualTo(
            "Signed in as ada@example.com (username "
                + TestTokens.SUB
                + "), ID token valid 1h 00m");
    assertThat(tokens.describe(NOW)).startsWith("Signed in as " + TestTokens.SUB + " (sub 5f0c…)");
  }

  @Test
  void whoami_showsNameSubAndValidity() {
    Auth auth = signedIn(AuthFixtures.config());
    clock.advance(Duration.ofSeconds(1));

    assertThat(auth.whoami())
        .isEqualTo(
            "Signed in as ada@example.com (username internal-ada, sub 5f0c…), ID token valid 59m 59s");
    assertThat(auth.toString()).contains("us-east-1_TestPool1").contains("Signed in as");
  }

  @Test
  void idTokenClaims_areReadable() {
    Auth auth = signedIn(AuthFixtures.config());

    assertThat(auth.idToken().claims().path("cognito:username").asText()).isEqualTo("internal-ada");
    assertThat(auth.idToken().subject()).isEqualTo(TestTokens.SUB);
    assertThat(auth.idToken().header().path("alg").asText()).isEqualTo("RS256");
    assertThat(auth.idToken().expiry()).isEqualTo(NOW.plusSeconds(3600));
  }

  @Test
  void toString_masksEveryToken() {
    Tokens tokens = signedIn(AuthFixtures.config()).tokens();

    String text = tokens.toString();

    assertThat(text)
        .doesNotContain(tokens.idToken().raw())
        .doesNotContain(tokens.accessToken().raw())
        .doesNotContain("refresh-token-0001")
        .containsPattern("id=eyJ…\\(\\d+ B\\)")
        .contains("user=internal-ada");
  }

  @Test
  void masks_showSizesInKilobytes() {
    assertThat(Masks.token("eyJ" + "a".repeat(1197))).isEqualTo("eyJ…(1.2 kB)");
    assertThat(Masks.token("short")).isEqualTo("…(5 B)");
  }

  @Test
  void jwt_decode_rejectsNonJwtWithAProtocolError() {
    assertThatThrownBy(() -> Jwt.decode("not-a-jwt"))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PROTOCOL))
        .hasMessageContaining("1 parts instead of 3")
        .hasMessageNotContaining("not-a-jwt");
    assertThatThrownBy(() -> Jwt.decode("a.b.c")).hasMessageContaining("not base64url JSON");
  }
}
