package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.otp.Totp;
import dev.cogsh.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** The account operations of the sandbox's user pool through the real SDK client. */
class AccountLifecycleSdkTest {
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  static SandboxClients clients;

  @BeforeAll
  static void start() throws Exception {
    clients =
        new SandboxClients(
            Sandbox.start(
                SandboxOptions.builder()
                    .clock(CLOCK)
                    .user("demo@example.com", "Passw0rd!")
                    .user("reset@example.com", "Passw0rd!")
                    .user("change@example.com", "Passw0rd!")
                    .user("attrs@example.com", "Passw0rd!")
                    .user("gone@example.com", "Passw0rd!")
                    .user("revoke@example.com", "Passw0rd!")
                    .user("totp-later@example.com", "Passw0rd!")
                    .build()),
            CLOCK);
  }

  @AfterAll
  static void stop() {
    clients.close();
  }

  private static String code(String user, String purpose) throws Exception {
    String code = null;
    for (JsonNode m : clients.getJson("/_sandbox/messages")) {
      if (m.path("username").asText().equals(user) && m.path("purpose").asText().equals(purpose)) {
        code = m.path("code").asText();
      }
    }
    assertThat(code).as(purpose + " code of " + user).isNotNull();
    return code;
  }

  private static void signUp(String user) {
    clients.idp.signUp(
        b -> b.clientId(clients.clientId()).username(user).password("Sign-Up-Passw0rd"));
  }

  @Test
  void resendConfirmationCode_sendsANewCode_andTheOldOneStopsWorking() throws Exception {
    signUp("resend@example.com");
    String first = code("resend@example.com", "SIGN_UP");

    var resent =
        clients.idp.resendConfirmationCode(
            b -> b.clientId(clients.clientId()).username("resend@example.com"));
    String second = code("resend@example.com", "SIGN_UP");

    assertThat(resent.codeDeliveryDetails().deliveryMediumAsString()).isEqualTo("EMAIL");
    assertThat(resent.codeDeliveryDetails().destination()).isEqualTo("r***@e***");
    if (!first.equals(second)) {
      assertThatThrownBy(() -> confirm("resend@example.com", first))
          .isInstanceOf(CodeMismatchException.class);
    }
    confirm("resend@example.com", second);
    assertThatThrownBy(
            () ->
                clients.idp.resendConfirmationCode(
                    b -> b.clientId(clients.clientId()).username("resend@example.com")))
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(
            e -> assertThat(SandboxClients.message(e)).isEqualTo("User is already confirmed."));
  }

  @Test
  void confirmSignUp_afterFiveWrongCodes_isLimited_untilANewCodeIsSent() throws Exception {
    signUp("limited@example.com");
    for (int i = 0; i < AccountCodes.MAX_WRONG; i++) {
      assertThatThrownBy(() -> confirm("limited@example.com", "000000x"))
          .isInstanceOf(CodeMismatchException.class);
    }
    String code = code("limited@example.com", "SIGN_UP");
    assertThatThrownBy(() -> confirm("limited@example.com", code))
        .isInstanceOf(LimitExceededException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e))
                    .isEqualTo("Attempt limit exceeded, please try after some time."));

    clients.idp.resendConfirmationCode(
        b -> b.clientId(clients.clientId()).username("limited@example.com"));
    confirm("limited@example.com", code("limited@example.com", "SIGN_UP"));
  }

  @Test
  void forgotPassword_thenConfirmWithTheCode_setsTheNewPassword() throws Exception {
    var sent =
        clients.idp.forgotPassword(
            b -> b.clientId(clients.clientId()).username("reset@example.com"));
    assertThat(sent.codeDeliveryDetails().destination()).isEqualTo("r***@e***");
    String code = code("reset@example.com", "FORGOT_PASSWORD");

    assertThatThrownBy(() -> confirmForgot("reset@example.com", code, "short"))
        .isInstanceOf(InvalidPasswordException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e))
                    .isEqualTo("Password did not conform with policy: Password not long enough"));
    assertThatThrownBy(() -> confirmForgot("reset@example.com", "999999x", "New-Passw0rd!"))
        .isInstanceOf(CodeMismatchException.class);
    confirmForgot("reset@example.com", code, "New-Passw0rd!");

    assertThat(clients.signInSrp("reset@example.com", "New-Passw0rd!").idToken()).isNotBlank();
    assertThatThrownBy(() -> clients.signInSrp("reset@example.com", "Passw0rd!"))
        .isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void forgotPassword_codeOlderThanAnHour_hasExpired() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
    try (SandboxClients own =
        new SandboxClients(
            Sandbox.start(
                SandboxOptions.builder()
                    .clock(clock)
                    .user("demo@example.com", "Passw0rd!")
                    .build()),
            clock)) {
      own.idp.forgotPassword(b -> b.clientId(own.clientId()).username("demo@example.com"));
      String code = own.lastMessage("FORGOT_PASSWORD").path("code").asText();
      clock.advance(Duration.ofMinutes(61));

      assertThatThrownBy(
              () ->
                  own.idp.confirmForgotPassword(
                      b ->
                          b.clientId(own.clientId())
                              .username("demo@example.com")
                              .confirmationCode(code)
                              .password("New-Passw0rd!")))
          .isInstanceOf(ExpiredCodeException.class)
          .satisfies(
              e ->
                  assertThat(SandboxClients.message(e))
                      .isEqualTo("Invalid code provided, please request a code again."));
    }
  }

  @Test
  void forgotPassword_ofAnUnknownUser_isUserNotFound() {
    assertThatThrownBy(
            () ->
                clients.idp.forgotPassword(
                    b -> b.clientId(clients.clientId()).username("nobody@example.com")))
        .isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void changePassword_needsTheCurrentOne() throws Exception {
    AuthenticationResultType tokens = clients.signInSrp("change@example.com", "Passw0rd!");
    assertThatThrownBy(
            () ->
                clients.idp.changePassword(
                    b ->
                        b.accessToken(tokens.accessToken())
                            .previousPassword("Wrong-Passw0rd!")
                            .proposedPassword("Changed-Passw0rd!")))
        .isInstanceOf(NotAuthorizedException.class);

    clients.idp.changePassword(
        b ->
            b.accessToken(tokens.accessToken())
                .previousPassword("Passw0rd!")
                .proposedPassword("Changed-Passw0rd!"));

    assertThat(clients.signInSrp("change@example.com", "Changed-Passw0rd!").idToken()).isNotBlank();
  }

  @Test
  void updateAttributes_newEmailIsUnverified_untilItsCodeIsGiven() throws Exception {
    String access = clients.signInSrp("attrs@example.com", "Passw0rd!").accessToken();
    var updated =
        clients.idp.updateUserAttributes(
            b ->
                b.accessToken(access)
                    .userAttributes(
                        attribute("name", "Ada Lovelace"),
                        attribute("custom:team", "engines"),
                        attribute("email", "ada@example.org")));
    assertThat(updated.codeDeliveryDetailsList())
        .singleElement()
        .satisfies(d -> assertThat(d.destination()).isEqualTo("a***@e***"));
    assertThat(attributes(access))
        .contains("name=Ada Lovelace", "custom:team=engines", "email=ada@example.org")
        .contains("email_verified=false");

    assertThatThrownBy(
            () ->
                clients.idp.verifyUserAttribute(
                    b -> b.accessToken(access).attributeName("email").code("000000x")))
        .isInstanceOf(CodeMismatchException.class);
    clients.idp.getUserAttributeVerificationCode(b -> b.accessToken(access).attributeName("email"));
    String code = code("attrs@example.com", "VERIFY_EMAIL");
    clients.idp.verifyUserAttribute(b -> b.accessToken(access).attributeName("email").code(code));

    assertThat(attributes(access)).contains("email_verified=true");
    assertThatThrownBy(
            () ->
                clients.idp.updateUserAttributes(
                    b -> b.accessToken(access).userAttributes(attribute("email_verified", "true"))))
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(
            e ->
                assertThat(SandboxClients.message(e))
                    .isEqualTo("Cannot modify the non-mutable attribute email_verified"));
    assertThatThrownBy(
            () ->
                clients.idp.updateUserAttributes(
                    b -> b.accessToken(access).userAttributes(attribute("shoe_size", "9"))))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void deleteUser_removesTheUser_andItsTokens() throws Exception {
    AuthenticationResultType tokens = clients.signInSrp("gone@example.com", "Passw0rd!");
    clients.idp.deleteUser(b -> b.accessToken(tokens.accessToken()));

    // the pool hides which users exist, so a deleted user fails like a wrong password
    assertThatThrownBy(() -> clients.signInSrp("gone@example.com", "Passw0rd!"))
        .isInstanceOf(NotAuthorizedException.class);
    assertThatThrownBy(
            () ->
                clients.idp.forgotPassword(
                    b -> b.clientId(clients.clientId()).username("gone@example.com")))
        .isInstanceOf(UserNotFoundException.class);
    assertThatThrownBy(() -> clients.idp.getUser(b -> b.accessToken(tokens.accessToken())))
        .isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void revokeToken_endsTheRefreshTokensSession() throws Exception {
    AuthenticationResultType tokens = clients.signInSrp("revoke@example.com", "Passw0rd!");
    clients.idp.revokeToken(b -> b.clientId(clients.clientId()).token(tokens.refreshToken()));

    assertThatThrownBy(() -> clients.idp.getUser(b -> b.accessToken(tokens.accessToken())))
        .isInstanceOf(NotAuthorizedException.class)
        .satisfies(
            e -> assertThat(SandboxClients.message(e)).isEqualTo("Access Token has been revoked"));
  }

  @Test
  void softwareToken_associateVerifyAndPrefer_makesTotpTheUsersMfa() throws Exception {
    String access = clients.signInSrp("totp-later@example.com", "Passw0rd!").accessToken();
    assertThatThrownBy(
            () ->
                clients.idp.setUserMFAPreference(
                    b ->
                        b.accessToken(access)
                            .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true))))
        .isInstanceOf(InvalidParameterException.class);

    String secret = clients.idp.associateSoftwareToken(b -> b.accessToken(access)).secretCode();
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThatThrownBy(
            () -> clients.idp.verifySoftwareToken(b -> b.accessToken(access).userCode("000000")))
        .isInstanceOf(EnableSoftwareTokenMfaException.class);
    var verified =
        clients.idp.verifySoftwareToken(
            b -> b.accessToken(access).userCode(Totp.code(secret, CLOCK.instant())));
    assertThat(verified.statusAsString()).isEqualTo("SUCCESS");
    clients.idp.setUserMFAPreference(
        b ->
            b.accessToken(access)
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));

    assertThat(clients.idp.getUser(b -> b.accessToken(access)).preferredMfaSetting())
        .isEqualTo("SOFTWARE_TOKEN_MFA");
    var next =
        clients.answerPasswordVerifier(clients.startSrp("totp-later@example.com"), "Passw0rd!");
    assertThat(next.challengeNameAsString()).isEqualTo("SOFTWARE_TOKEN_MFA");
  }

  @Test
  void signUp_withoutPassword_isAPasswordlessUser() throws Exception {
    var signUp =
        clients.idp.signUp(
            b ->
                b.clientId(clients.clientId())
                    .username("passwordless@example.com")
                    .userAttributes(attribute("email", "passwordless@example.com")));
    assertThat(signUp.userConfirmed()).isFalse();
    confirm("passwordless@example.com", code("passwordless@example.com", "SIGN_UP"));
  }

  private static void confirm(String user, String code) {
    clients.idp.confirmSignUp(
        b -> b.clientId(clients.clientId()).username(user).confirmationCode(code));
  }

  private static void confirmForgot(String user, String code, String password) {
    clients.idp.confirmForgotPassword(
        b ->
            b.clientId(clients.clientId())
                .username(user)
                .confirmationCode(code)
                .password(password));
  }

  private static java.util.List<String> attributes(String access) {
    return clients.idp.getUser(b -> b.accessToken(access)).userAttributes().stream()
        .map(a -> a.name() + "=" + a.value())
        .toList();
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }
}
