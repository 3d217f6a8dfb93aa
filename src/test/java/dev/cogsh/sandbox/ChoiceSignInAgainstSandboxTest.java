package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.Challenge;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.SignInChoice;
import dev.cogsh.auth.Tokens;
import dev.cogsh.otp.Totp;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Choice-based sign-in ({@code USER_AUTH}): cogsh's {@code auth}, through the real SDK client,
 * against the sandbox; {@code /_sandbox/stats} proves which path each sign-in took.
 */
class ChoiceSignInAgainstSandboxTest {
  static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
  static Sandbox sandbox;
  static SandboxClients hooks;

  @BeforeAll
  static void start() throws Exception {
    sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .user("demo@example.com", "Passw0rd!")
                .userTotp("totp@example.com", "Passw0rd!", TOTP_SECRET)
                .userSms("sms@example.com", "Passw0rd!")
                .user("nomail", "Passw0rd!")
                .clientSecret("a-client-secret-for-the-sandbox")
                .build());
    hooks = new SandboxClients(sandbox, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    hooks.close();
    sandbox.close();
  }

  @Test
  void emailOtp_preferred_pausesAtTheCode_thenTheMailedCodeSignsIn() throws Exception {
    Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());
    long before = count("RespondToAuthChallenge.EMAIL_OTP");

    assertThatThrownBy(() -> auth.login("demo@example.com", SignInChoice.EMAIL_OTP))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CHALLENGE_UNANSWERED);
              assertThat(e.getMessage()).contains("EMAIL_OTP required").contains("d***@e***");
            });
    assertThat(auth.pendingChallenge().map(Challenge::name)).contains(Challenge.EMAIL_OTP);

    Tokens tokens = auth.answer(lastCode("demo@example.com", "EMAIL_OTP"));

    assertThat(tokens.idToken().claim("cognito:username")).isEqualTo("demo@example.com");
    assertThat(count("RespondToAuthChallenge.EMAIL_OTP")).isEqualTo(before + 1);
  }

  @Test
  void emailOtp_wrongCode_isRefused_andTheRightOneStillWorks() throws Exception {
    Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());
    assertThatThrownBy(() -> auth.login("demo@example.com", SignInChoice.EMAIL_OTP))
        .isInstanceOf(AuthException.class);

    assertThatThrownBy(() -> auth.answer("00000000"))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CODE_MISMATCH));

    assertThat(auth.answer(lastCode("demo@example.com", "EMAIL_OTP")).idToken()).isNotNull();
  }

  @Test
  void smsOtp_preferred_signsInWithTheTextedCode() throws Exception {
    Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());
    assertThatThrownBy(() -> auth.login("sms@example.com", SignInChoice.SMS_OTP))
        .hasMessageContaining("SMS_OTP required");

    assertThat(auth.answer(lastCode("sms@example.com", "SMS_OTP")).idToken()).isNotNull();
  }

  @Test
  void noPreference_offersTheChoices_andAnAnswerContinues() throws Exception {
    Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.loginWithChoice("demo@example.com"))
        .hasMessageContaining("SELECT_CHALLENGE")
        .hasMessageContaining("PASSWORD_SRP, PASSWORD, EMAIL_OTP, WEB_AUTHN");
    assertThat(auth.pendingChallenge().orElseThrow().availableChallenges())
        .containsExactly("PASSWORD_SRP", "PASSWORD", "EMAIL_OTP", "WEB_AUTHN");

    assertThatThrownBy(() -> auth.answer("EMAIL_OTP")).hasMessageContaining("EMAIL_OTP required");
    assertThat(auth.answer(lastCode("demo@example.com", "EMAIL_OTP")).idToken()).isNotNull();
  }

  @Test
  void selectChallenge_passwordSrp_provesThePasswordBySrp() throws Exception {
    long verifiers = count("RespondToAuthChallenge.PASSWORD_VERIFIER");
    long selects = count("RespondToAuthChallenge.SELECT_CHALLENGE");
    Auth auth =
        Auth.create(
            sandbox.config(),
            ChallengeAnswers.scripted()
                .withPassword("Passw0rd!")
                .withAnswer(Challenge.SELECT_CHALLENGE, "PASSWORD_SRP"));

    assertThat(auth.loginWithChoice("demo@example.com").idToken()).isNotNull();
    assertThat(count("RespondToAuthChallenge.SELECT_CHALLENGE")).isEqualTo(selects + 1);
    assertThat(count("RespondToAuthChallenge.PASSWORD_VERIFIER")).isEqualTo(verifiers + 1);
  }

  @Test
  void selectChallenge_password_sendsThePassword_andAWrongOneIsRefused() {
    Auth right =
        Auth.create(
            sandbox.config(),
            ChallengeAnswers.scripted()
                .withPassword("Passw0rd!")
                .withAnswer(Challenge.SELECT_CHALLENGE, "PASSWORD"));
    assertThat(right.loginWithChoice("demo@example.com").idToken()).isNotNull();

    Auth wrong =
        Auth.create(
            sandbox.config(),
            ChallengeAnswers.scripted()
                .withPassword("Wr0ng-Passw0rd!")
                .withAnswer(Challenge.SELECT_CHALLENGE, "PASSWORD"));
    assertThatThrownBy(() -> wrong.loginWithChoice("demo@example.com"))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
  }

  @Test
  void authFlowUserAuth_withAPassword_prefersSrp_andMfaStillApplies() {
    Auth auth =
        Auth.create(
            sandbox.config().withAuthFlow("USER_AUTH"),
            ChallengeAnswers.scripted().withTotpSecret(TOTP_SECRET));
    long verifiers = count("RespondToAuthChallenge.PASSWORD_VERIFIER");
    long totp = count("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA");

    assertThat(auth.login("totp@example.com", "Passw0rd!").idToken()).isNotNull();
    assertThat(count("RespondToAuthChallenge.PASSWORD_VERIFIER")).isEqualTo(verifiers + 1);
    assertThat(count("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA")).isEqualTo(totp + 1);
    assertThat(Totp.code(TOTP_SECRET, java.time.Instant.now())).hasSize(6);
  }

  @Test
  void webAuthn_chosen_pointsToManagedLogin() {
    Auth preferred = Auth.create(sandbox.config(), ChallengeAnswers.none());
    assertThatThrownBy(() -> preferred.login("demo@example.com", SignInChoice.WEB_AUTHN))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.getMessage()).contains("Passkeys (WEB_AUTHN) need a browser");
              assertThat(e.hint()).contains("auth.loginWithBrowser()");
            });

    Auth selected =
        Auth.create(
            sandbox.config(),
            ChallengeAnswers.scripted().withAnswer(Challenge.SELECT_CHALLENGE, "WEB_AUTHN"));
    assertThatThrownBy(() -> selected.loginWithChoice("demo@example.com"))
        .hasMessageContaining("Passkeys (WEB_AUTHN) need a browser");
  }

  @Test
  void aChoiceTheUserCannotUse_isNotOffered_andSaysWhatIs() {
    Auth auth =
        Auth.create(
            sandbox.config(),
            ChallengeAnswers.scripted().withAnswer(Challenge.SELECT_CHALLENGE, "EMAIL_OTP"));

    assertThatThrownBy(() -> auth.loginWithChoice("nomail"))
        .hasMessageContaining("EMAIL_OTP is not offered to nomail")
        .hasMessageContaining("PASSWORD_SRP, PASSWORD, WEB_AUTHN");
  }

  private static long count(String key) {
    try {
      return hooks.getJson("/_sandbox/stats").path(key).asLong();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The newest code sent to {@code user} for {@code purpose}. */
  static String lastCode(String user, String purpose) throws Exception {
    String code = null;
    for (JsonNode m : hooks.getJson("/_sandbox/messages")) {
      if (m.path("purpose").asText().equals(purpose) && m.path("username").asText().equals(user)) {
        code = m.path("code").asText();
      }
    }
    assertThat(code).as("a " + purpose + " code for " + user).isNotNull();
    return code;
  }
}
