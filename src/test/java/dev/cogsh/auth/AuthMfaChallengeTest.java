package dev.cogsh.auth;

import static dev.cogsh.auth.AuthFixtures.NOW;
import static dev.cogsh.auth.AuthFixtures.RANDOM;
import static dev.cogsh.auth.TestTokens.initiateChallenge;
import static dev.cogsh.auth.TestTokens.respondChallenge;
import static dev.cogsh.auth.TestTokens.respondTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.config.Config;
import dev.cogsh.otp.Totp;
import dev.cogsh.srp.SecretHash;
import dev.cogsh.testing.MutableClock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;

/** One-time-code challenges (TOTP, SMS, e-mail), SELECT_MFA_TYPE and CUSTOM_CHALLENGE. */
class AuthMfaChallengeTest {

  private static final String SECRET = "JBSWY3DPEHPK3PXP";

  private final FakeCognito cognito = new FakeCognito();
  private final MutableClock clock = new MutableClock(NOW);

  private Auth auth(ChallengeAnswers answers) {
    return auth(AuthFixtures.config(), answers);
  }

  private Auth auth(Config config, ChallengeAnswers answers) {
    return new Auth(config, cognito, answers, clock, RANDOM);
  }

  private void challenge(String name, Map<String, String> parameters) {
    cognito.then(initiateChallenge(name, "session-1", parameters));
  }

  private Map<String, String> answered(int index) {
    return cognito.<RespondToAuthChallengeRequest>request(index).challengeResponses();
  }

  @Test
  void softwareTokenMfa_scripted_generatesTheCodeFromTheSecret() {
    challenge(Challenge.SOFTWARE_TOKEN_MFA, Map.of("USERNAME", "ada"));
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));

    auth(ChallengeAnswers.scripted().withTotpSecret(SECRET)).loginWithPassword("ada", "pw");

    RespondToAuthChallengeRequest r = cognito.request(1);
    assertThat(r.challengeNameAsString()).isEqualTo("SOFTWARE_TOKEN_MFA");
    assertThat(r.session()).isEqualTo("session-1");
    assertThat(r.challengeResponses())
        .containsEntry("USERNAME", "ada")
        .containsEntry("SOFTWARE_TOKEN_MFA_CODE", Totp.code(SECRET, NOW));
  }

  @Test
  void softwareTokenMfa_none_pausesThenAnswerContinuesTheSameSession() {
    challenge(Challenge.SOFTWARE_TOKEN_MFA, Map.of("USERNAME", "ada"));
    Auth auth = auth(ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CHALLENGE_UNANSWERED);
              assertThat(e.hint())
                  .contains("auth.answer(\"123456\")")
                  .contains("auth.totp(\"BASE32…\")");
            })
        .hasMessageStartingWith("SOFTWARE_TOKEN_MFA required");
    assertThat(auth.pendingChallenge()).map(Challenge::name).contains("SOFTWARE_TOKEN_MFA");
    assertThat(auth.signedIn()).isFalse();

    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));
    auth.answer("654321");

    assertThat(answered(1)).containsEntry("SOFTWARE_TOKEN_MFA_CODE", "654321");
    assertThat(cognito.<RespondToAuthChallengeRequest>request(1).session()).isEqualTo("session-1");
    assertThat(auth.signedIn()).isTrue();
    assertThat(auth.pendingChallenge()).isEmpty();
  }

  @Test
  void softwareTokenMfa_pausedThenTotp_answersWithTheGeneratedCode() {
    challenge(Challenge.SOFTWARE_TOKEN_MFA, Map.of());
    Auth auth = auth(ChallengeAnswers.none());
    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw")).isInstanceOf(AuthException.class);
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));

    auth.totp("jbsw y3dp ehpk 3pxp");

    assertThat(answered(1)).containsEntry("SOFTWARE_TOKEN_MFA_CODE", Totp.code(SECRET, NOW));
    assertThat(auth.signedIn()).isTrue();
  }

  @Test
  void answer_withATotpSecretSet_sendsTheExplicitCode() {
    challenge(Challenge.SOFTWARE_TOKEN_MFA, Map.of());
    cognito.thenFail("CodeMismatchException", "Invalid code received for user");
    Auth auth = auth(ChallengeAnswers.none()).totp(SECRET);
    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw")).isInstanceOf(AuthException.class);
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));

    auth.answer("246810");

    assertThat(answered(1)).containsEntry("SOFTWARE_TOKEN_MFA_CODE", Totp.code(SECRET, NOW));
    assertThat(answered(2)).containsEntry("SOFTWARE_TOKEN_MFA_CODE", "246810");
  }

  @Test
  void softwareTokenMfa_interactive_asksForTheAuthenticatorCode() {
    challenge(Challenge.SOFTWARE_TOKEN_MFA, Map.of());
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));
    FakePrompter prompter = new FakePrompter().type("111222");

    auth(ChallengeAnswers.interactive(prompter)).loginWithPassword("ada", "pw");

    assertThat(prompter.transcript).containsExactly("secret Authenticator code: ****");
    assertThat(answered(1)).containsEntry("SOFTWARE_TOKEN_MFA_CODE", "111222");
  }

  @Test
  void wrongCode_keepsTheSessionSoTheNextAnswerCanSucceed() {
    challenge(Challenge.SOFTWARE_TOKEN_MFA, Map.of());
    cognito.thenFail("CodeMismatchException", "Invalid code received for user");
    Auth auth = auth(ChallengeAnswers.scripted().withAnswer("SOFTWARE_TOKEN_MFA", "000000"));

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CODE_MISMATCH))
        .hasMessageContaining("Wrong code");

    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));
    auth.answer("123456");
    assertThat(answered(2)).containsEntry("SOFTWARE_TOKEN_MFA_CODE", "123456");
    assertThat(auth.signedIn()).isTrue();
  }

  @Test
  void wrongCode_interactive_isAskedAgainInTheSameSession() {
    challenge(Challenge.SOFTWARE_TOKEN_MFA, Map.of());
    cognito.thenFail("CodeMismatchException", "Invalid code received for user");
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));
    FakePrompter prompter = new FakePrompter().type("000000", "111222");

    auth(ChallengeAnswers.interactive(prompter)).loginWithPassword("ada", "pw");

    assertThat(prompter.transcript)
        .containsExactly(
            "secret Authenticator code: ****",
            "shown Wrong code (Invalid code received for user); try again.",
            "secret Authenticator code: ****");
    assertThat(cognito.<RespondToAuthChallengeRequest>request(2).session()).isEqualTo("session-1");
    assertThat(answered(2)).containsEntry("SOFTWARE_TOKEN_MFA_CODE", "111222");
  }

  @Test
  void wrongCode_interactive_pausesAfterTheLastTry() {
    challenge(Challenge.SOFTWARE_TOKEN_MFA, Map.of());
    for (int i = 0; i < 3; i++) {
      cognito.thenFail("CodeMismatchException", "Invalid code received for user");
    }
    FakePrompter prompter = new FakePrompter().type("000001", "000002", "000003", "000004");
    Auth auth = auth(ChallengeAnswers.interactive(prompter));

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CODE_MISMATCH));
    assertThat(prompter.transcript.stream().filter(t -> t.startsWith("secret "))).hasSize(3);
    assertThat(auth.pendingChallenge()).isPresent();
  }

  @Test
  void refusedNewPassword_interactive_isAskedAgainMasked() {
    challenge(Challenge.NEW_PASSWORD_REQUIRED, Map.of("requiredAttributes", "[]"));
    cognito.thenFail(
        "InvalidPasswordException",
        "Password did not conform with policy: Password not long enough");
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));
    FakePrompter prompter = new FakePrompter().type("weak", "weak", "Str0ng-Pass!", "Str0ng-Pass!");

    auth(ChallengeAnswers.interactive(prompter)).loginWithPassword("ada", "pw");

    assertThat(prompter.transcript)
        .contains("secret New password: ****")
        .anySatisfy(t -> assertThat(t).startsWith("shown Cognito refused the new password"))
        .noneSatisfy(t -> assertThat(t).contains("Str0ng-Pass!"));
    assertThat(answered(2)).containsEntry("NEW_PASSWORD", "Str0ng-Pass!");
  }

  @Test
  void wrongCode_hintNamesTheKindOfCode() {
    Map<String, String> hints =
        Map.of(
            Challenge.SOFTWARE_TOKEN_MFA, "authenticator app",
            Challenge.SMS_MFA, "latest SMS to +*******1234",
            Challenge.EMAIL_OTP, "latest e-mail to a***@e***");
    hints.forEach(
        (name, expected) -> {
          challenge(name, Map.of("CODE_DELIVERY_DESTINATION", destination(name)));
          cognito.thenFail("CodeMismatchException", "Invalid code received for user");
          Auth auth = auth(ChallengeAnswers.scripted().withAnswer(name, "000000"));

          assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"))
              .isInstanceOfSatisfying(
                  AuthException.class, e -> assertThat(e.hint()).contains(expected));
        });
  }

  private static String destination(String challenge) {
    return Challenge.EMAIL_OTP.equals(challenge) ? "a***@e***" : "+*******1234";
  }

  @Test
  void smsMfa_interactive_showsWhereTheCodeWent() {
    challenge(Challenge.SMS_MFA, Map.of("CODE_DELIVERY_DESTINATION", "+*******1234"));
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));
    FakePrompter prompter = new FakePrompter().type("424242");

    auth(ChallengeAnswers.interactive(prompter)).loginWithPassword("ada", "pw");

    assertThat(prompter.transcript).containsExactly("secret SMS code sent to +*******1234: ****");
    assertThat(answered(1)).containsEntry("SMS_MFA_CODE", "424242");
  }

  @Test
  void smsMfa_scripted_withSecretHashOfTheChallengesUsername() {
    challenge(Challenge.SMS_MFA, Map.of("USERNAME", "internal-ada"));
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));

    auth(AuthFixtures.withSecret(), ChallengeAnswers.scripted().withAnswer("SMS_MFA", "999000"))
        .loginWithPassword("ada", "pw");

    assertThat(answered(1))
        .containsEntry("USERNAME", "internal-ada")
        .containsEntry("SMS_MFA_CODE", "999000")
        .containsEntry(
            "SECRET_HASH",
            SecretHash.compute("internal-ada", AuthFixtures.CLIENT_ID, AuthFixtures.CLIENT_SECRET));
  }

  @Test
  void emailOtp_none_namesTheDestinationThenContinues() {
    challenge(Challenge.EMAIL_OTP, Map.of("CODE_DELIVERY_DESTINATION", "a***@e***"));
    Auth auth = auth(ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"))
        .hasMessage("EMAIL_OTP required — Cognito sent a code to a***@e***");

    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));
    auth.answer("12345678");
    assertThat(answered(1)).containsEntry("EMAIL_OTP_CODE", "12345678");
  }

  @Test
  void selectMfaType_interactive_choosesByNumberThenAnswersTheChosenChallenge() {
    challenge(
        Challenge.SELECT_MFA_TYPE,
        Map.of("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]"));
    cognito
        .then(respondChallenge(Challenge.SOFTWARE_TOKEN_MFA, "session-2", Map.of()))
        .then(respondTokens("ada", NOW.plusSeconds(3600)));
    FakePrompter prompter = new FakePrompter().type("2", "314159");

    auth(ChallengeAnswers.interactive(prompter)).loginWithPassword("ada", "pw");

    assertThat(prompter.transcript)
        .containsExactly(
            "shown Choose how to receive a sign-in code:",
            "shown   1) SMS_MFA",
            "shown   2) SOFTWARE_TOKEN_MFA",
            "line MFA method [1]: 2",
            "secret Authenticator code: ****");
    assertThat(answered(1)).containsEntry("ANSWER", "SOFTWARE_TOKEN_MFA");
    assertThat(cognito.<RespondToAuthChallengeRequest>request(2).session()).isEqualTo("session-2");
    assertThat(answered(2)).containsEntry("SOFTWARE_TOKEN_MFA_CODE", "314159");
  }

  @Test
  void selectMfaType_withTotpSecret_choosesTotpAndGeneratesTheCode() {
    challenge(
        Challenge.SELECT_MFA_TYPE,
        Map.of("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]"));
    cognito
        .then(respondChallenge(Challenge.SOFTWARE_TOKEN_MFA, "session-2", Map.of()))
        .then(respondTokens("ada", NOW.plusSeconds(3600)));

    auth(ChallengeAnswers.none()).totp(SECRET).loginWithPassword("ada", "pw");

    assertThat(answered(1)).containsEntry("ANSWER", "SOFTWARE_TOKEN_MFA");
    assertThat(answered(2)).containsEntry("SOFTWARE_TOKEN_MFA_CODE", Totp.code(SECRET, NOW));
  }

  @Test
  void selectMfaType_none_listsTheOptions() {
    challenge(Challenge.SELECT_MFA_TYPE, Map.of("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"EMAIL_OTP\"]"));

    assertThatThrownBy(() -> auth(ChallengeAnswers.none()).loginWithPassword("ada", "pw"))
        .hasMessage("SELECT_MFA_TYPE required — choose one of SMS_MFA, EMAIL_OTP")
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> assertThat(e.hint()).isEqualTo("call auth.answer(\"SMS_MFA\")"));
  }

  @Test
  void customChallenge_scripted_sendsTheAnswer() {
    challenge(Challenge.CUSTOM_CHALLENGE, Map.of("question", "2+2"));
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));

    auth(ChallengeAnswers.scripted().withAnswer("CUSTOM_CHALLENGE", "4"))
        .loginWithPassword("ada", "pw");

    assertThat(answered(1)).containsEntry("ANSWER", "4");
  }

  @Test
  void customChallenge_interactive_showsTheParameters() {
    challenge(Challenge.CUSTOM_CHALLENGE, Map.of("question", "2+2"));
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));
    FakePrompter prompter = new FakePrompter().type("4");

    auth(ChallengeAnswers.interactive(prompter)).loginWithPassword("ada", "pw");

    assertThat(prompter.transcript)
        .containsExactly(
            "shown The pool's custom challenge sent: {question=2+2}", "line Answer: 4");
  }

  @Test
  void interactive_endOfInput_pausesTheSignIn() {
    challenge(Challenge.SMS_MFA, Map.of());
    Auth auth = auth(ChallengeAnswers.interactive(new FakePrompter()));

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "pw"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.CHALLENGE_UNANSWERED));
    assertThat(auth.pendingChallenge()).isPresent();
  }

  @Test
  void unsupportedChallenge_saysSo() {
    challenge("ADMIN_NO_SRP_AUTH", Map.of());

    assertThatThrownBy(() -> auth(ChallengeAnswers.none()).loginWithPassword("ada", "pw"))
        .hasMessage("Cognito asked for ADMIN_NO_SRP_AUTH, which cogsh does not answer");
  }

  @Test
  void webAuthnChallenge_pointsToManagedLogin() {
    challenge("WEB_AUTHN", Map.of());

    assertThatThrownBy(() -> auth(ChallengeAnswers.none()).loginWithPassword("ada", "pw"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("Passkeys (WEB_AUTHN) need a browser");
              assertThat(e.hint()).contains("auth.loginWithBrowser()");
            });
  }

  @Test
  void deviceSrpAuth_withNoRememberedDevice_saysSo() {
    challenge("DEVICE_SRP_AUTH", Map.of());

    assertThatThrownBy(() -> auth(ChallengeAnswers.none()).loginWithPassword("ada", "pw"))
        .hasMessage("Cognito asked for DEVICE_SRP_AUTH, but no device is remembered here for ada")
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.hint()).contains("auth.login()"));
  }

  @Test
  void answer_withoutAPausedSignIn_saysHowToStart() {
    assertThatThrownBy(() -> auth(ChallengeAnswers.none()).answer("123456"))
        .hasMessage("No sign-in is waiting for an answer")
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.hint()).contains("auth.login()"));
  }

  @Test
  void totp_withNonBase32Secret_isRejectedUpFront() {
    assertThatThrownBy(() -> auth(ChallengeAnswers.none()).totp("not-base32-1"))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFIGURATION))
        .hasMessageContaining("not base32");
  }
}
