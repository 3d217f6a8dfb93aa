package dev.cogsh.auth;

import static dev.cogsh.auth.AuthFixtures.CLIENT_ID;
import static dev.cogsh.auth.AuthFixtures.CLIENT_SECRET;
import static dev.cogsh.auth.AuthFixtures.NOW;
import static dev.cogsh.auth.AuthFixtures.POOL_NAME;
import static dev.cogsh.auth.AuthFixtures.RANDOM;
import static dev.cogsh.auth.TestTokens.initiateChallenge;
import static dev.cogsh.auth.TestTokens.initiateTokens;
import static dev.cogsh.auth.TestTokens.respondTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.config.Config;
import dev.cogsh.srp.SecretHash;
import dev.cogsh.srp.SrpException;
import dev.cogsh.srp.SrpServer;
import dev.cogsh.srp.Verifier;
import dev.cogsh.testing.MutableClock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;

/** USER_SRP_AUTH → PASSWORD_VERIFIER, checked by the real server half; USER_PASSWORD_AUTH. */
class AuthSrpTest {

  private static final String BLOCK = "c2VjcmV0LWJsb2NrLWZyb20tY29nbml0bw==";
  private static final String UUID = "7d4e5f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

  private final FakeCognito cognito = new FakeCognito();
  private final MutableClock clock = new MutableClock(NOW);

  private Auth auth(Config config, ChallengeAnswers answers) {
    return new Auth(config, cognito, answers, clock, RANDOM);
  }

  private static SrpServer server(String userIdForSrp, String password) {
    return SrpServer.start(Verifier.create(POOL_NAME, userIdForSrp, password, RANDOM), RANDOM);
  }

  /** PASSWORD_VERIFIER as Cognito sends it, from a real SRP server. */
  private void passwordVerifier(SrpServer server, String username, String userIdForSrp) {
    cognito
        .then(
            initiateChallenge(
                Challenge.PASSWORD_VERIFIER,
                "session-1",
                Map.of(
                    "USERNAME", username,
                    "USER_ID_FOR_SRP", userIdForSrp,
                    "SALT", server.saltHex(),
                    "SRP_B", server.srpB(),
                    "SECRET_BLOCK", BLOCK)))
        .then(respondTokens(username, NOW.plusSeconds(3600)));
  }

  private boolean claimVerifies(SrpServer server, String userIdForSrp) throws SrpException {
    InitiateAuthRequest init = cognito.request(0);
    Map<String, String> r = cognito.<RespondToAuthChallengeRequest>request(1).challengeResponses();
    return server.verifyClaim(
        POOL_NAME,
        userIdForSrp,
        init.authParameters().get("SRP_A"),
        r.get("PASSWORD_CLAIM_SECRET_BLOCK"),
        r.get("TIMESTAMP"),
        r.get("PASSWORD_CLAIM_SIGNATURE"));
  }

  @Test
  void login_answersPasswordVerifierWithAClaimTheServerAccepts() throws SrpException {
    SrpServer server = server("ada", "Passw0rd!");
    passwordVerifier(server, "ada", "ada");

    Tokens tokens = auth(AuthFixtures.config(), ChallengeAnswers.none()).login("ada", "Passw0rd!");

    InitiateAuthRequest init = cognito.request(0);
    assertThat(init.authFlow()).isEqualTo(AuthFlowType.USER_SRP_AUTH);
    assertThat(init.clientId()).isEqualTo(CLIENT_ID);
    assertThat(init.authParameters()).containsOnlyKeys("USERNAME", "SRP_A");
    RespondToAuthChallengeRequest respond = cognito.request(1);
    assertThat(respond.challengeNameAsString()).isEqualTo("PASSWORD_VERIFIER");
    assertThat(respond.session()).isEqualTo("session-1");
    assertThat(respond.challengeResponses())
        .containsEntry("USERNAME", "ada")
        .containsEntry("PASSWORD_CLAIM_SECRET_BLOCK", BLOCK)
        .containsEntry("TIMESTAMP", "Sat Mar 9 07:03:09 UTC 2024")
        .doesNotContainKey("SECRET_HASH");
    assertThat(claimVerifies(server, "ada")).isTrue();
    assertThat(tokens.username()).isEqualTo("ada");
  }

  @Test
  void login_withWrongPassword_sendsAClaimTheServerRejects() throws SrpException {
    SrpServer server = server("ada", "Passw0rd!");
    passwordVerifier(server, "ada", "ada");

    auth(AuthFixtures.config(), ChallengeAnswers.none()).login("ada", "wrong");

    assertThat(claimVerifies(server, "ada")).isFalse();
  }

  @Test
  void login_withAlias_hashesUserIdForSrpAndSendsItBack() throws SrpException {
    SrpServer server = server(UUID, "Passw0rd!");
    passwordVerifier(server, UUID, UUID);

    auth(AuthFixtures.config(), ChallengeAnswers.none()).login("ada@example.com", "Passw0rd!");

    assertThat(cognito.<InitiateAuthRequest>request(0).authParameters())
        .containsEntry("USERNAME", "ada@example.com");
    assertThat(cognito.<RespondToAuthChallengeRequest>request(1).challengeResponses())
        .containsEntry("USERNAME", UUID);
    assertThat(claimVerifies(server, UUID)).isTrue();
  }

  @Test
  void login_whenUsernameDiffersFromUserIdForSrp_signsWithUserIdForSrpAndSendsUsername()
      throws SrpException {
    // moto does this: USER_ID_FOR_SRP is the sub, USERNAME the internal name
    SrpServer server = server(UUID, "Passw0rd!");
    passwordVerifier(server, "ada", UUID);

    auth(AuthFixtures.config(), ChallengeAnswers.none()).login("ada", "Passw0rd!");

    assertThat(cognito.<RespondToAuthChallengeRequest>request(1).challengeResponses())
        .containsEntry("USERNAME", "ada");
    assertThat(claimVerifies(server, UUID)).isTrue();
  }

  @Test
  void login_withClientSecret_hashesTypedNameFirstThenTheInternalName() throws SrpException {
    SrpServer server = server(UUID, "Passw0rd!");
    passwordVerifier(server, UUID, UUID);

    auth(AuthFixtures.withSecret(), ChallengeAnswers.none()).login("ada@example.com", "Passw0rd!");

    assertThat(cognito.<InitiateAuthRequest>request(0).authParameters())
        .containsEntry(
            "SECRET_HASH", SecretHash.compute("ada@example.com", CLIENT_ID, CLIENT_SECRET));
    assertThat(cognito.<RespondToAuthChallengeRequest>request(1).challengeResponses())
        .containsEntry("SECRET_HASH", SecretHash.compute(UUID, CLIENT_ID, CLIENT_SECRET));
    assertThat(claimVerifies(server, UUID)).isTrue();
  }

  @Test
  void login_withIllegalB_stopsWithAProtocolError() {
    cognito.then(
        initiateChallenge(
            Challenge.PASSWORD_VERIFIER,
            "s",
            Map.of("USER_ID_FOR_SRP", "ada", "SALT", "ab", "SRP_B", "0", "SECRET_BLOCK", BLOCK)));

    assertThatThrownBy(
            () -> auth(AuthFixtures.config(), ChallengeAnswers.none()).login("ada", "pw"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.PROTOCOL))
        .hasMessageContaining("B mod N is 0");
    assertThat(cognito.requests).hasSize(1);
  }

  @Test
  void login_withChallengeLackingSalt_namesTheMissingParameter() {
    cognito.then(
        initiateChallenge(
            Challenge.PASSWORD_VERIFIER,
            "s",
            Map.of("USER_ID_FOR_SRP", "ada", "SRP_B", "abc", "SECRET_BLOCK", BLOCK)));

    assertThatThrownBy(
            () -> auth(AuthFixtures.config(), ChallengeAnswers.none()).login("ada", "pw"))
        .hasMessageContaining("lacks SALT");
  }

  @Test
  void loginWithPassword_sendsUserPasswordAuthWithSecretHash() {
    cognito.then(initiateTokens("ada", NOW.plusSeconds(3600), "refresh-1"));

    auth(AuthFixtures.withSecret(), ChallengeAnswers.none()).loginWithPassword("ada", "Passw0rd!");

    InitiateAuthRequest init = cognito.request(0);
    assertThat(init.authFlow()).isEqualTo(AuthFlowType.USER_PASSWORD_AUTH);
    assertThat(init.authParameters())
        .containsEntry("USERNAME", "ada")
        .containsEntry("PASSWORD", "Passw0rd!")
        .containsEntry("SECRET_HASH", SecretHash.compute("ada", CLIENT_ID, CLIENT_SECRET));
  }

  @Test
  void login_withoutArguments_usesConfiguredUserAndPassword() {
    cognito.then(initiateTokens("ada", NOW.plusSeconds(3600), "refresh-1"));

    auth(AuthFixtures.config(null, "ada", "from-env"), ChallengeAnswers.none()).loginWithPassword();

    assertThat(cognito.<InitiateAuthRequest>request(0).authParameters())
        .containsEntry("USERNAME", "ada")
        .containsEntry("PASSWORD", "from-env");
  }

  @Test
  void login_interactive_offersConfiguredNameAndReadsPasswordMasked() {
    cognito.then(initiateTokens("ada", NOW.plusSeconds(3600), "refresh-1"));
    FakePrompter prompter = new FakePrompter().type("", "typed-secret");

    auth(AuthFixtures.config(null, "ada", null), ChallengeAnswers.interactive(prompter))
        .loginWithPassword();

    assertThat(prompter.transcript)
        .containsExactly("line Username [ada]: ", "secret Password: ****");
    assertThat(cognito.<InitiateAuthRequest>request(0).authParameters())
        .containsEntry("PASSWORD", "typed-secret");
  }

  @Test
  void login_asAnotherUser_doesNotUseTheConfiguredUsersPassword() {
    Auth auth = auth(AuthFixtures.config(null, "ada", "from-env"), ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.login("bob"))
        .isInstanceOf(AuthException.class)
        .hasMessage("no password for bob");
    assertThat(cognito.requests).isEmpty();
  }

  @Test
  void login_withNullOrBlankArguments_failsBeforeAnyCall() {
    Auth auth = auth(AuthFixtures.config(), ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.login("ada", (String) null))
        .hasMessage("No password given for ada");
    assertThatThrownBy(() -> auth.login(" ", "pw")).hasMessage("No user name given");
    assertThat(cognito.requests).isEmpty();
  }

  @Test
  void login_withMalformedPoolId_failsBeforeAnyCall() {
    Config bad =
        Config.builder().region("us-east-1").userPoolId("TestPool1").appClientId(CLIENT_ID).build();

    assertThatThrownBy(() -> auth(bad, ChallengeAnswers.none()).login("ada", "pw"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(AuthException.Reason.CONFIGURATION);
              assertThat(e.hint()).contains("us-east-1_AbC123xyz");
            })
        .hasMessage("Invalid user pool id format: 'TestPool1'");
    assertThat(cognito.requests).isEmpty();
  }
}
