package dev.cogsh.auth;

import static dev.cogsh.auth.AuthFixtures.NOW;
import static dev.cogsh.auth.AuthFixtures.RANDOM;
import static dev.cogsh.auth.TestTokens.initiateChallenge;
import static dev.cogsh.auth.TestTokens.respondTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.otp.Totp;
import dev.cogsh.testing.MutableClock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/** MFA_SETUP: AssociateSoftwareToken, VerifySoftwareToken, then the MFA_SETUP answer. */
class AuthMfaSetupTest {

  private static final String KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private final FakeCognito cognito = new FakeCognito();

  private Auth auth(ChallengeAnswers answers) {
    cognito
        .then(
            initiateChallenge(
                Challenge.MFA_SETUP,
                "session-1",
                Map.of("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]", "USERNAME", "ada")))
        .then(
            AssociateSoftwareTokenResponse.builder().secretCode(KEY).session("session-2").build());
    return new Auth(AuthFixtures.config(), cognito, answers, new MutableClock(NOW), RANDOM);
  }

  private void verifiedThenTokens() {
    cognito
        .then(
            VerifySoftwareTokenResponse.builder()
                .status(VerifySoftwareTokenResponseType.SUCCESS)
                .session("session-3")
                .build())
        .then(respondTokens("ada", NOW.plusSeconds(3600)));
  }

  private void assertSetUpWith(String code) {
    assertThat(cognito.<AssociateSoftwareTokenRequest>request(1).session()).isEqualTo("session-1");
    VerifySoftwareTokenRequest verify = cognito.request(2);
    assertThat(verify.session()).isEqualTo("session-2");
    assertThat(verify.userCode()).isEqualTo(code);
    RespondToAuthChallengeRequest respond = cognito.request(3);
    assertThat(respond.challengeNameAsString()).isEqualTo("MFA_SETUP");
    assertThat(respond.session()).isEqualTo("session-3");
    assertThat(respond.challengeResponses()).containsOnly(Map.entry("USERNAME", "ada"));
  }

  @Test
  void interactive_showsTheOtpauthUriAndReadsTheFirstCode() {
    FakePrompter prompter = new FakePrompter().type("123456");
    Auth auth = auth(ChallengeAnswers.interactive(prompter));
    verifiedThenTokens();

    auth.loginWithPassword("ada@example.com", "pw");

    assertThat(prompter.transcript)
        .containsExactly(
            "shown Set up an authenticator app (TOTP) for ada@example.com:",
            "shown   scan or open: otpauth://totp/AWSCognito:ada%40example.com?secret="
                + KEY
                + "&issuer=AWSCognito",
            "shown   or type the key: " + KEY,
            "line Code from the app: 123456");
    assertSetUpWith("123456");
  }

  @Test
  void scripted_generatesTheFirstCodeFromTheAssociatedKey() {
    Auth auth = auth(ChallengeAnswers.scripted());
    verifiedThenTokens();

    auth.loginWithPassword("ada", "pw");

    assertSetUpWith(Totp.code(KEY, NOW));
    assertThat(auth.totpSetup().secretCode()).isEqualTo(KEY);
  }

  @Test
  void none_pausesWithTheKeyAvailable_thenAnswerVerifiesWithoutAssociatingAgain() {
    Auth auth = auth(ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"))
        .hasMessage("MFA_SETUP required — the pool wants an authenticator app (TOTP) for ada")
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.hint()).contains("auth.totpSetup().uri()"))
        .hasMessageNotContaining(KEY);
    assertThat(auth.totpSetup().uri()).contains("secret=" + KEY);
    assertThat(auth.totpSetup().toString()).doesNotContain(KEY);

    verifiedThenTokens();
    auth.answer("777888");

    assertSetUpWith("777888");
    assertThat(auth.signedIn()).isTrue();
  }

  @Test
  void none_thenTotpWithTheShownKey_completesTheSetup() {
    Auth auth = auth(ChallengeAnswers.none());
    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"));
    verifiedThenTokens();

    auth.totp(auth.totpSetup().secretCode());

    assertSetUpWith(Totp.code(KEY, NOW));
  }

  @Test
  void verifyError_keepsTheSetupForAnotherCode() {
    Auth auth = auth(ChallengeAnswers.scripted().withAnswer("MFA_SETUP", "000000"));
    cognito.thenFail("EnableSoftwareTokenMFAException", "Code mismatch");

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.CODE_MISMATCH));

    cognito
        .then(
            VerifySoftwareTokenResponse.builder()
                .status(VerifySoftwareTokenResponseType.SUCCESS)
                .session("session-3")
                .build())
        .then(respondTokens("ada", NOW.plusSeconds(3600)));
    auth.answer("123456");
    assertThat(cognito.<VerifySoftwareTokenRequest>request(3).session()).isEqualTo("session-2");
    assertThat(cognito.requests).hasSize(5);
  }

  @Test
  void setupOfferingNoTotp_saysCogshSetsUpAuthenticatorApps() {
    cognito.then(
        initiateChallenge(
            Challenge.MFA_SETUP, "session-1", Map.of("MFAS_CAN_SETUP", "[\"SMS_MFA\"]")));
    Auth auth =
        new Auth(
            AuthFixtures.config(), cognito, ChallengeAnswers.none(), new MutableClock(NOW), RANDOM);

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"))
        .hasMessage("MFA_SETUP offers only [SMS_MFA]; cogsh sets up authenticator apps (TOTP)");
    assertThat(cognito.requests).hasSize(1);
  }

  @Test
  void mfaOptions_dropWhatIsNotAChallengeName() {
    Challenge unreadable =
        new Challenge(Challenge.MFA_SETUP, Map.of("MFAS_CAN_SETUP", "["), "ada", NOW);
    Challenge listed =
        new Challenge(
            Challenge.SELECT_MFA_TYPE,
            Map.of("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]"),
            "ada",
            NOW);

    assertThat(unreadable.mfaOptions()).isEmpty();
    assertThat(listed.mfaOptions()).containsExactly("SMS_MFA", "SOFTWARE_TOKEN_MFA");
  }
}
