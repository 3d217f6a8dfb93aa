package dev.cogsh.auth;

import static dev.cogsh.auth.AuthFixtures.NOW;
import static dev.cogsh.auth.AuthFixtures.RANDOM;
import static dev.cogsh.auth.TestTokens.initiateChallenge;
import static dev.cogsh.auth.TestTokens.respondTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.testing.MutableClock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;

/** NEW_PASSWORD_REQUIRED with required attributes, never sending read-only ones. */
class AuthNewPasswordTest {

  private static final Map<String, String> PARAMETERS =
      Map.of(
          "USERNAME", "ada",
          "requiredAttributes", "[\"userAttributes.given_name\"]",
          "userAttributes",
              "{\"email_verified\":\"true\",\"email\":\"ada@example.com\",\"phone_number_verified\":\"false\"}");

  private final FakeCognito cognito = new FakeCognito();

  private Auth auth(ChallengeAnswers answers) {
    cognito.then(initiateChallenge(Challenge.NEW_PASSWORD_REQUIRED, "session-1", PARAMETERS));
    return new Auth(AuthFixtures.config(), cognito, answers, new MutableClock(NOW), RANDOM);
  }

  private Map<String, String> answered() {
    return cognito.<RespondToAuthChallengeRequest>request(1).challengeResponses();
  }

  @Test
  void scripted_sendsNewPasswordAndRequiredAttribute_dropsReadOnlyAndUnchangedOnes() {
    Auth auth =
        auth(
            ChallengeAnswers.scripted()
                .withNewPassword("N3w-Passw0rd!")
                .withAttribute("given_name", "Ada")
                .withAttribute("email_verified", "true")
                .withAttribute("email", "ada@example.com")
                .withAttribute("family_name", "Lovelace"));
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));

    auth.loginWithPassword("ada", "Temp0rary!");

    assertThat(answered())
        .containsOnly(
            Map.entry("USERNAME", "ada"),
            Map.entry("NEW_PASSWORD", "N3w-Passw0rd!"),
            Map.entry("userAttributes.given_name", "Ada"),
            Map.entry("userAttributes.family_name", "Lovelace"));
  }

  @Test
  void scripted_missingRequiredAttribute_pausesAndNamesIt() {
    Auth auth = auth(ChallengeAnswers.scripted().withNewPassword("N3w-Passw0rd!"));

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "Temp0rary!"))
        .hasMessage("NEW_PASSWORD_REQUIRED needs the attribute given_name for ada")
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> assertThat(e.hint()).contains(".withAttribute(\"given_name\", \"…\")"));
  }

  @Test
  void none_pausesThenNewPasswordWithAttributesContinues() {
    Auth auth = auth(ChallengeAnswers.none());

    assertThatThrownBy(() -> auth.loginWithPassword("ada", "Temp0rary!"))
        .isInstanceOfSatisfying(
            AuthException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CHALLENGE_UNANSWERED);
              assertThat(e.hint())
                  .isEqualTo("call auth.newPassword(\"…\", Map.of(\"given_name\", \"…\"))");
            })
        .hasMessage("NEW_PASSWORD_REQUIRED — ada must choose a new password and give given_name");
    assertThatThrownBy(() -> auth.answer("123456")).hasMessageContaining("not a code");

    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));
    auth.newPassword("N3w-Passw0rd!", Map.of("given_name", "Ada"));

    assertThat(answered())
        .containsEntry("NEW_PASSWORD", "N3w-Passw0rd!")
        .containsEntry("userAttributes.given_name", "Ada");
    assertThat(auth.signedIn()).isTrue();
  }

  @Test
  void interactive_asksTwiceMaskedThenForTheAttribute() {
    FakePrompter prompter =
        new FakePrompter().type("N3w-Passw0rd!", "typo", "N3w-Passw0rd!", "N3w-Passw0rd!", "Ada");
    Auth auth = auth(ChallengeAnswers.interactive(prompter));
    cognito.then(respondTokens("ada", NOW.plusSeconds(3600)));

    auth.loginWithPassword("ada", "Temp0rary!");

    assertThat(prompter.transcript)
        .containsExactly(
            "shown Cognito requires a new password for ada.",
            "secret New password: ****",
            "secret New password again: ****",
            "shown The passwords differ; try again.",
            "secret New password: ****",
            "secret New password again: ****",
            "line given_name: Ada");
    assertThat(answered())
        .containsEntry("NEW_PASSWORD", "N3w-Passw0rd!")
        .containsEntry("userAttributes.given_name", "Ada");
  }

  @Test
  void policyViolation_keepsTheSessionForAnotherTry() {
    Auth auth = auth(ChallengeAnswers.none());
    assertThatThrownBy(() -> auth.loginWithPassword("ada", "Temp0rary!"));
    cognito.thenFail(
        "InvalidPasswordException",
        "Password does not conform to policy: Password not long enough");

    assertThatThrownBy(() -> auth.newPassword("short", Map.of("given_name", "Ada")))
        .isInstanceOfSatisfying(
            AuthException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_PASSWORD))
        .hasMessage(
            "Cognito refused the new password: Password does not conform to policy: Password not"
                + " long enough");
    assertThat(auth.pendingChallenge()).map(Challenge::name).contains("NEW_PASSWORD_REQUIRED");
  }
}
