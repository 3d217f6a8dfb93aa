package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.otp.Totp;
import dev.cogsh.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/** Every challenge after the password, through the real SDK client. */
class ChallengeSdkTest {
  static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  static SandboxClients clients;

  @BeforeAll
  static void start() throws Exception {
    Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .clock(CLOCK)
                .userNewPassword("fresh@example.com", "Temp0rary!")
                .userTotp("totp@example.com", "Passw0rd!", TOTP_SECRET)
                .userSms("sms@example.com", "Passw0rd!")
                .build());
    clients = new SandboxClients(sandbox, CLOCK);
  }

  @AfterAll
  static void stop() {
    clients.close();
  }

  @Test
  void newPasswordRequired_setsTheNewPasswordAndSignsIn() throws Exception {
    RespondToAuthChallengeResponse challenge =
        clients.answerPasswordVerifier(clients.startSrp("fresh@example.com"), "Temp0rary!");
    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    assertThat(challenge.challengeParameters())
        .containsKeys("userAttributes", "requiredAttributes");

    assertThatThrownBy(
            () ->
                respond(
                    challenge,
                    ChallengeNameType.NEW_PASSWORD_REQUIRED,
                    Map.of("USERNAME", "fresh@example.com", "NEW_PASSWORD", "short")))
        .isInstanceOf(InvalidPasswordException.class);

    RespondToAuthChallengeResponse retry =
        clients.answerPasswordVerifier(clients.startSrp("fresh@example.com"), "Temp0rary!");
    RespondToAuthChallengeResponse done =
        respond(
            retry,
            ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Map.of("USERNAME", "fresh@example.com", "NEW_PASSWORD", "N3w-Passw0rd!"));

    assertThat(done.authenticationResult().idToken()).isNotBlank();
    assertThat(clients.signInSrp("fresh@example.com", "N3w-Passw0rd!").idToken()).isNotBlank();
    assertThatThrownBy(() -> clients.signInSrp("fresh@example.com", "Temp0rary!"))
        .isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void softwareTokenMfa_acceptsTheCurrentCodeAndRejectsAWrongOne() throws Exception {
    RespondToAuthChallengeResponse challenge =
        clients.answerPasswordVerifier(clients.startSrp("totp@example.com"), "Passw0rd!");
    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);

    String right = Totp.code(TOTP_SECRET, CLOCK.instant());
    String wrong = right.equals("000000") ? "111111" : "000000";
    assertThatThrownBy(
            () ->
                respond(
                    challenge,
                    ChallengeNameType.SOFTWARE_TOKEN_MFA,
                    Map.of("USERNAME", "totp@example.com", "SOFTWARE_TOKEN_MFA_CODE", wrong)))
        .isInstanceOf(CodeMismatchException.class)
        .satisfies(
            e -> assertThat(SandboxClients.message(e)).isEqualTo("Invalid code received for user"));

    RespondToAuthChallengeResponse done =
        respond(
            challenge,
            ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Map.of("USERNAME", "totp@example.com", "SOFTWARE_TOKEN_MFA_CODE", right));
    assertThat(done.authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void smsMfa_sendsACodeToTheMessagesHookAndAcceptsIt() throws Exception {
    RespondToAuthChallengeResponse challenge =
        clients.answerPasswordVerifier(clients.startSrp("sms@example.com"), "Passw0rd!");
    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
    assertThat(challenge.challengeParameters())
        .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS");

    String code = clients.lastMessage("SMS_MFA").path("code").asText();
    assertThatThrownBy(
            () ->
                respond(
                    challenge,
                    ChallengeNameType.SMS_MFA,
                    Map.of("USERNAME", "sms@example.com", "SMS_MFA_CODE", "x" + code)))
        .isInstanceOf(CodeMismatchException.class);
    RespondToAuthChallengeResponse done =
        respond(
            challenge,
            ChallengeNameType.SMS_MFA,
            Map.of("USERNAME", "sms@example.com", "SMS_MFA_CODE", code));
    assertThat(done.authenticationResult().idToken()).isNotBlank();
  }

  @Test
  void challengeSession_expiresAfterThreeMinutes() throws Exception {
    RespondToAuthChallengeResponse challenge =
        clients.answerPasswordVerifier(clients.startSrp("totp@example.com"), "Passw0rd!");
    CLOCK.advance(Duration.ofMinutes(3));

    assertThatThrownBy(
            () ->
                respond(
                    challenge,
                    ChallengeNameType.SOFTWARE_TOKEN_MFA,
                    Map.of(
                        "USERNAME",
                        "totp@example.com",
                        "SOFTWARE_TOKEN_MFA_CODE",
                        Totp.code(TOTP_SECRET, CLOCK.instant()))))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e))
                    .isEqualTo("Invalid session for the user, session is expired."));
  }

  private static RespondToAuthChallengeResponse respond(
      RespondToAuthChallengeResponse previous,
      ChallengeNameType name,
      Map<String, String> answers) {
    return clients.idp.respondToAuthChallenge(
        b ->
            b.clientId(clients.clientId())
                .challengeName(name)
                .session(previous.session())
                .challengeResponses(answers));
  }
}
