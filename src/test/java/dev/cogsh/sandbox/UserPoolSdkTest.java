package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
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

    JsonNode id = SandboxClients.claims(tokens.idToken());
    JsonNode access = SandboxClients.claims(tokens.accessToken());
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
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e)).isEqualTo("Incorrect username or password."));
  }

  @Test
  void srpSignIn_withUnknownUser_isNotAuthorizedWithTheSameMessage() {
    assertThatThrownBy(() -> clients.startSrp("nobody@example.com"))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e)).isEqualTo("Incorrect username or password."));
  }

  @Test
  void passwordVerifier_sessionIsSingleUse() throws Exception {
    var start = clients.startSrp("demo@example.com");
    clients.answerPasswordVerifier(start, "Passw0rd!");

    assertThatThrownBy(() -> clients.answerPasswordVerifier(start, "Passw0rd!"))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(
            e -> assertThat(SandboxClients.message(e)).isEqualTo("Invalid session for the user."));
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
    JsonNode before = SandboxClients.claims(first.idToken());
    JsonNode after = SandboxClients.claims(refreshed.idToken());
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
        .satisfies(e -> assertThat(SandboxClients.message(e)).isEqualTo("Invalid Refresh Token"));
  }

  @Test
  void signUp_thenConfirmWithTheMailedCode_letsTheUserSignIn() throws Exception {
    var signUp =
        clients.idp.signUp(
            b ->
                b.clientId(clients.clientId())
                    .username("new@example.com")
                    .password("Sign-Up-Passw0rd")
                    .userAttributes(
                        AttributeType.builder().name("email").value("new@example.com").build()));
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

    String code = clients.lastMessage("SIGN_UP").path("code").asText();
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
        .satisfies(
            e -> assertThat(SandboxClients.message(e)).isEqualTo("Access Token has been revoked"));
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

    JsonNode stats = clients.getJson("/_sandbox/stats");
    assertThat(stats.path("InitiateAuth").asLong()).isPositive();
    assertThat(stats.path("RespondToAuthChallenge").asLong()).isPositive();
  }
}
