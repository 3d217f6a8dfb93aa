package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.Challenge;
import dev.cogsh.auth.ChallengeAnswers;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Custom sign-in ({@code CUSTOM_AUTH}) through the real SDK client against the sandbox's emulated
 * define/create/verify triggers ({@code --custom-challenge}), with and without an SRP start.
 */
class CustomAuthAgainstSandboxTest {
  static Sandbox sandbox;
  static SandboxClients hooks;

  @BeforeAll
  static void start() throws Exception {
    sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .user("demo@example.com", "Passw0rd!")
                .customChallenge("What is 6 times 7?=42")
                .build());
    hooks = new SandboxClients(sandbox, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    hooks.close();
    sandbox.close();
  }

  @Test
  void withoutSrp_theQuestionPauses_andTheAnswerSignsIn() {
    Auth auth = Auth.create(sandbox.config(), ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.loginCustom("demo@example.com"))
        .hasMessageContaining("CUSTOM_CHALLENGE")
        .hasMessageContaining("What is 6 times 7?");
    assertThat(auth.pendingChallenge().orElseThrow().parameter("question"))
        .isEqualTo("What is 6 times 7?");

    assertThat(auth.answer("42").idToken().claim("cognito:username")).isEqualTo("demo@example.com");
  }

  @Test
  void withSrpStart_provesThePasswordFirst_thenAsks() throws Exception {
    long verifiers = count("RespondToAuthChallenge.PASSWORD_VERIFIER");
    long custom = count("RespondToAuthChallenge.CUSTOM_CHALLENGE");
    Auth auth =
        Auth.create(
            sandbox.config(),
            ChallengeAnswers.scripted().withAnswer(Challenge.CUSTOM_CHALLENGE, "42"));

    assertThat(auth.loginCustom("demo@example.com", "Passw0rd!").idToken()).isNotNull();
    assertThat(count("RespondToAuthChallenge.PASSWORD_VERIFIER")).isEqualTo(verifiers + 1);
    assertThat(count("RespondToAuthChallenge.CUSTOM_CHALLENGE")).isEqualTo(custom + 1);
  }

  @Test
  void withSrpStart_aWrongPassword_neverReachesTheQuestion() {
    Auth auth =
        Auth.create(
            sandbox.config(),
            ChallengeAnswers.scripted().withAnswer(Challenge.CUSTOM_CHALLENGE, "42"));

    assertThatThrownBy(() -> auth.loginCustom("demo@example.com", "Wr0ng-Passw0rd!"))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
  }

  @Test
  void aWrongAnswer_failsTheSignIn() {
    Auth auth =
        Auth.create(
            sandbox.config(),
            ChallengeAnswers.scripted().withAnswer(Challenge.CUSTOM_CHALLENGE, "41"));

    assertThatThrownBy(() -> auth.loginCustom("demo@example.com"))
        .isInstanceOf(AuthException.class)
        .hasMessage("The pool's custom challenge refused the answer for demo@example.com");
    assertThat(auth.signedIn()).isFalse();
  }

  @Test
  void authFlowCustomAuth_login_startsTheCustomFlow() {
    Auth auth =
        Auth.create(
            sandbox.config().withAuthFlow("CUSTOM_AUTH"),
            ChallengeAnswers.scripted().withAnswer(Challenge.CUSTOM_CHALLENGE, "42"));

    assertThat(auth.login("demo@example.com").idToken()).isNotNull();
  }

  @Test
  void aPoolWithoutTriggers_saysCustomAuthIsNotConfigured() throws Exception {
    try (Sandbox plain = Sandbox.start(SandboxOptions.builder().build())) {
      Auth auth = Auth.create(plain.config(), ChallengeAnswers.none());

      assertThatThrownBy(() -> auth.loginCustom(SandboxOptions.DEMO_USER))
          .isInstanceOf(AuthException.class)
          .hasMessageContaining("Custom auth lambda trigger is not configured");
    }
  }

  private static long count(String key) throws Exception {
    return hooks.getJson("/_sandbox/stats").path(key).asLong();
  }
}
