package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.srp.Totp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/** The User Pool through the real SDK client: SRP, every challenge, refresh, sign-up, sign-out. */
class UserPoolSdkTest {
  static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  static SandboxClients clients;

  @BeforeAll
  static void start() throws Exception {
    Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .clock(CLOCK)
                .user("demo@example.com", "Passw0rd!")
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
  void srpSignIn_withRightPassword_returnsCognitoShapedTokens() throws Exception {
    AuthenticationResultType tokens = clients.signInSrp("demo@example.com", "Passw0rd!");

    JsonNode id = claims(tokens.idToken());
    JsonNode access = claims(tokens.accessToken());
    assertThat(id.path("iss").asText())
        .isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_sandbox01");
    assertThat(id.path("aud").asText()).isEqualTo(clients.clientId());
    assertThat(id.path("token_use").asText()).isEqualTo("id");
    assertThat(id.path("cognito:username").asText()).isEqualTo("demo@example.com");
    assertThat(id.path("email").asText()).isEqualTo("demo@example.com");
    assertThat(id.path("exp").asLong() - id.path("iat").asLong()).isEqualTo(3600);
    assertThat(id.path("iat").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());
    assertThat(access.path("token_use").asText()).isEqualTo("access");
    assertThat(access.path("client_id").asText()).isEqualTo(clients.clientId());
    assertThat(access.path("sub").asText()).isEqualTo(id.path("sub").asText());
    assertThat(tokens.refreshToken()).startsWith("eyJ");
    assertThat(tokens.expiresIn()).isEqualTo(3600);
    assertThat(tokens.tokenType()).isEqualTo("Bearer");
  }

  @Test
  void srpSignIn_withAnyCaseOfTheName_answersTheStoredNameAsUserIdForSrp() throws Exception {
    var start = clients.startSrp("DEMO@Example.com");

    assertThat(start.response().challengeParameters())
        .containsEntry("USER_ID_FOR_SRP", "demo@example.com")
        .containsKeys("SALT", "SECRET_BLOCK", "SRP_B", "USERNAME");
    assertThat(clients.answerPasswordVerifier(start, "Passw0rd!").authenticationResult())
        .isNotNull();
  }

  @Test
  void srpSignIn_withWrongPassword_isNotAuthorized() {
    assertThatThrownBy(() -> clients.signInSrp("demo@example.com", "wrong-Passw0rd!"))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(e -> assertThat(message(e)).isEqualTo("Incorrect username or password."));
  }

  @Test
  void srpSignIn_withUnknownUser_isNotAuthorizedWithTheSameMessage() {
    assertThatThrownBy(() -> clients.startSrp("nobody@example.com"))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(e -> assertThat(message(e)).isEqualTo("Incorrect username or password."));
  }

  @Test
  void passwordVerifier_sessionIsSingleUse() throws Exception {
    var start = clients.startSrp("demo@example.com");
    clients.answerPasswordVerifier(start, "Passw0rd!");

    assertThatThrownBy(() -> clients.answerPasswordVerifier(start, "Passw0rd!"))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(e -> assertThat(message(e)).isEqualTo("Invalid session for the user."));
  }

  @Test
  void userPasswordAuth_checksThePasswordAgainstTheVerifier() {
    var ok =
        clients.idp.initiateAuth(
            b ->
                b.clientId(clients.clientId())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(
                        Map.of("USERNAME", "demo@example.com", "PASSWORD", "Passw0rd!")));
    assertThat(ok.authenticationResult().idToken()).isNotBlank();

    assertThatThrownBy(
            () ->
                clients.idp.initiateAuth(
                    b ->
                        b.clientId(clients.clientId())
                            .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                            .authParameters(
                                Map.of("USERNAME", "demo@example.com", "PASSWORD", "Passw0rd?"))))
        .isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void refresh_mintsNewTokensInTheSameSession() throws Exception {
    AuthenticationResultType first = clients.signInSrp("demo@example.com", "Passw0rd!");
    CLOCK.advance(Duration.ofMinutes(10));

    var refreshed =
        clients
            .idp
            .initiateAuth(
                b ->
                    b.clientId(clients.clientId())
                        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                        .authParameters(Map.of("REFRESH_TOKEN", first.refreshToken())))
            .authenticationResult();

    assertThat(refreshed.refreshToken()).isNull();
    JsonNode before = claims(first.idToken());
    JsonNode after = claims(refreshed.idToken());
    assertThat(after.path("origin_jti")).isEqualTo(before.path("origin_jti"));
    assertThat(after.path("iat").asLong() - before.path("iat").asLong()).isEqualTo(600);
  }

  @Test
  void refresh_withUnknownToken_isInvalidRefreshToken() {
    assertThatThrownBy(
            () ->
                clients.idp.initiateAuth(
                    b ->
                        b.clientId(clients.clientId())
                            .authFlow(AuthFlowType.REFRESH_TOKEN)
                            .authParameters(Map.of("REFRESH_TOKEN", "eyJnot.a.token"))))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(e -> assertThat(message(e)).isEqualTo("Invalid Refresh Token"));
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
        .satisfies(e -> assertThat(message(e)).isEqualTo("Invalid code received for user"));

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

    String code = lastMessage("SMS_MFA").path("code").asText();
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
                assertThat(message(e))
                    .isEqualTo("Invalid session for the user, session is expired."));
  }

  @Test
  void signUp_thenConfirmWithTheMailedCode_letsTheUserSignIn() throws Exception {
    var signUp =
        clients.idp.signUp(
            b ->
                b.clientId(clients.clientId())
                    .username("new@example.com")
                    .password("Sign-Up-Passw0rd")
                    .userAttributes(a -> a.name("email").value("new@example.com")));
    assertThat(signUp.userConfirmed()).isFalse();
    assertThat(signUp.codeDeliveryDetails().destination()).isEqualTo("n***@e***");
    assertThatThrownBy(() -> clients.signInSrp("new@example.com", "Sign-Up-Passw0rd"))
        .isInstanceOf(UserNotConfirmedException.class);
    assertThatThrownBy(
            () ->
                clients.idp.signUp(
                    b ->
                        b.clientId(clients.clientId())
                            .username("new@example.com")
                            .password("Sign-Up-Passw0rd")))
        .isInstanceOf(UsernameExistsException.class);

    String code = lastMessage("SIGN_UP").path("code").asText();
    assertThatThrownBy(
            () ->
                clients.idp.confirmSignUp(
                    b ->
                        b.clientId(clients.clientId())
                            .username("new@example.com")
                            .confirmationCode("x")))
        .isInstanceOf(CodeMismatchException.class);
    clients.idp.confirmSignUp(
        b -> b.clientId(clients.clientId()).username("new@example.com").confirmationCode(code));

    assertThat(clients.signInSrp("new@example.com", "Sign-Up-Passw0rd").idToken()).isNotBlank();
  }

  @Test
  void getUser_andGlobalSignOut_revokeAccessAndRefreshTokens() throws Exception {
    AuthenticationResultType tokens = clients.signInSrp("demo@example.com", "Passw0rd!");
    var user = clients.idp.getUser(b -> b.accessToken(tokens.accessToken()));
    assertThat(user.username()).isEqualTo("demo@example.com");
    assertThat(user.userAttributes()).anySatisfy(a -> assertThat(a.name()).isEqualTo("email"));

    clients.idp.globalSignOut(b -> b.accessToken(tokens.accessToken()));

    assertThatThrownBy(() -> clients.idp.getUser(b -> b.accessToken(tokens.accessToken())))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(e -> assertThat(message(e)).isEqualTo("Access Token has been revoked"));
    assertThatThrownBy(
            () ->
                clients.idp.initiateAuth(
                    b ->
                        b.clientId(clients.clientId())
                            .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                            .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken()))))
        .isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void statsCountCallsPerOperation() throws Exception {
    clients.signInSrp("demo@example.com", "Passw0rd!");

    JsonNode stats = get("/_sandbox/stats");
    assertThat(stats.path("InitiateAuth").asLong()).isPositive();
    assertThat(stats.path("RespondToAuthChallenge").asLong()).isPositive();
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

  static JsonNode lastMessage(String purpose) throws Exception {
    JsonNode last = null;
    for (JsonNode m : get("/_sandbox/messages")) {
      if (m.path("purpose").asText().equals(purpose)) {
        last = m;
      }
    }
    assertThat(last).as("a " + purpose + " message").isNotNull();
    return last;
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(clients.sandbox.endpoint() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(response.body());
  }

  static JsonNode claims(String jwt) throws Exception {
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  static String message(Throwable e) {
    return ((software.amazon.awssdk.awscore.exception.AwsServiceException) e)
        .awsErrorDetails()
        .errorMessage();
  }
}
