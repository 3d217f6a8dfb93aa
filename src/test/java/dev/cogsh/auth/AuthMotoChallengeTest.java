package dev.cogsh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.otp.Totp;
import dev.cogsh.testing.MotoServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Challenges end to end against moto_server. moto runs with {@code
 * MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP=true}, so it really checks TOTP codes (RFC 6238, against
 * the one key it hands out for every user); it does not check SMS codes and accepts any SRP
 * signature.
 */
class AuthMotoChallengeTest {

  @RegisterExtension
  static final MotoServer MOTO =
      MotoServer.onFreePort().withEnv("MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP", "true");

  private static final String PASSWORD = "Passw0rd!";

  private MotoUserPool pool;

  @AfterEach
  void closePool() {
    if (pool != null) {
      pool.close();
    }
  }

  private Auth auth(ChallengeAnswers answers) {
    return Auth.create(pool.config(false), answers);
  }

  /** Enrols an authenticator for the user the way an app does, and returns its key. */
  private String enrolTotp(String user) {
    String access = pool.adminAccessToken(user, PASSWORD);
    String key = pool.admin.associateSoftwareToken(b -> b.accessToken(access)).secretCode();
    pool.admin.verifySoftwareToken(
        b -> b.accessToken(access).userCode(Totp.code(key, Instant.now())).friendlyDeviceName("t"));
    pool.admin.setUserMFAPreference(
        b ->
            b.accessToken(access)
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
    return key;
  }

  @Test
  void newPasswordRequired_scripted_setsTheNewPasswordAndSignsIn() {
    pool = MotoUserPool.create(MOTO, false).newUser("bob", "Temp0rary!");

    Tokens tokens =
        auth(ChallengeAnswers.scripted().withNewPassword("N3w-Passw0rd!"))
            .login("bob", "Temp0rary!");

    assertThat(tokens.username()).isEqualTo("bob");
    // moto checks passwords on USER_PASSWORD_AUTH: the new one is in place
    assertThat(auth(ChallengeAnswers.none()).loginWithPassword("bob", "N3w-Passw0rd!").username())
        .isEqualTo("bob");
  }

  @Test
  void newPasswordRequired_none_pausesAndNewPasswordContinues() {
    pool = MotoUserPool.create(MOTO, false).newUser("bob", "Temp0rary!");
    Auth auth = auth(ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.login("bob", "Temp0rary!"))
        .hasMessageStartingWith("NEW_PASSWORD_REQUIRED");

    assertThat(auth.newPassword("N3w-Passw0rd!").username()).isEqualTo("bob");
    assertThat(auth.signedIn()).isTrue();
  }

  @Test
  void softwareTokenMfa_withTheTotpSecret_signsIn() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", PASSWORD);
    String key = enrolTotp("ada");

    Tokens tokens = auth(ChallengeAnswers.none()).totp(key).login("ada", PASSWORD);

    assertThat(tokens.username()).isEqualTo("ada");
  }

  @Test
  void softwareTokenMfa_withAWrongCode_isRefusedAndCanBeRetried() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", PASSWORD);
    String key = enrolTotp("ada");
    Auth auth = auth(ChallengeAnswers.scripted().withAnswer("SOFTWARE_TOKEN_MFA", "000000"));
    // the one code in a million that would be right now is not worth a flaky test
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Totp.verify(key, "000000", Instant.now(), 1), "000000 happens to be the current code");

    assertThatThrownBy(() -> auth.login("ada", PASSWORD))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CODE_MISMATCH));

    assertThat(auth.totp(key).signedIn()).isTrue();
  }

  @Test
  void mfaSetup_scripted_enrolsAnAuthenticatorThenSignsInWithIt() {
    pool = MotoUserPool.create(MOTO, false).requireTotpMfa().confirmedUser("ada", PASSWORD);
    Auth auth = auth(ChallengeAnswers.scripted());

    auth.login("ada", PASSWORD);

    TotpSetup setup = auth.totpSetup();
    assertThat(setup.uri()).startsWith("otpauth://totp/AWSCognito:ada?secret=");
    auth.logout();
    Tokens again = auth.totp(setup.secretCode()).login("ada", PASSWORD);
    assertThat(again.username()).isEqualTo("ada");
  }

  @Test
  void mfaSetup_none_pausesWithTheKeyThenAnswerCompletesIt() {
    pool = MotoUserPool.create(MOTO, false).requireTotpMfa().confirmedUser("ada", PASSWORD);
    Auth auth = auth(ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.login("ada", PASSWORD))
        .hasMessageStartingWith("MFA_SETUP required");
    String code = Totp.code(auth.totpSetup().secretCode(), Instant.now());

    assertThat(auth.answer(code).username()).isEqualTo("ada");
  }

  @Test
  void smsMfa_scripted_signsIn() {
    // moto sends no SMS and accepts any SMS code
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", PASSWORD).smsMfa("ada");

    Tokens tokens =
        auth(ChallengeAnswers.scripted().withAnswer("SMS_MFA", "123456")).login("ada", PASSWORD);

    assertThat(tokens.username()).isEqualTo("ada");
  }
}
