package dev.cogsh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Choice-based and custom sign-in against moto_server. moto implements neither: it refuses {@code
 * USER_AUTH} as an unknown flow and answers {@code CUSTOM_AUTH} with an empty body (it runs no
 * Lambda triggers). These tests pin that cogsh turns both into a clear error instead of a hang or a
 * stack trace; the flows themselves are proven against the sandbox.
 */
class AuthMotoChoiceTest {

  @RegisterExtension static final MotoServer MOTO = MotoServer.onFreePort();

  private MotoUserPool pool;

  @AfterEach
  void closePool() {
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  void userAuth_refusedByMoto_isAClearError() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", "Passw0rd!");
    Auth auth = Auth.create(pool.config(false), ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.login("ada", SignInChoice.EMAIL_OTP))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.getMessage()).contains("USER_AUTH");
              assertThat(e.hint()).isNotBlank();
            });
    assertThat(auth.signedIn()).isFalse();
  }

  @Test
  void customAuth_withoutTriggers_isAClearError() {
    pool = MotoUserPool.create(MOTO, false).confirmedUser("ada", "Passw0rd!");
    Auth auth = Auth.create(pool.config(false), ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.loginCustom("ada"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo("Cognito returned neither tokens nor a challenge"));
    assertThat(auth.signedIn()).isFalse();
  }
}
