package dev.cogsh.auth;

import static dev.cogsh.auth.AuthFixtures.NOW;
import static dev.cogsh.auth.AuthFixtures.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.config.Config;
import dev.cogsh.testing.MutableClock;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Every Cognito error a sign-in can meet becomes a message and hint a person can act on. */
class AuthErrorsTest {

  private static final String PASSWORD = "Sup3r-s3cret-pw";

  private final FakeCognito cognito = new FakeCognito();

  private AuthException signInFailure(Config config) {
    Auth auth = new Auth(config, cognito, ChallengeAnswers.none(), new MutableClock(NOW), RANDOM);
    try {
      auth.loginWithPassword("ada", PASSWORD);
    } catch (AuthException e) {
      return e;
    }
    throw new AssertionError("sign-in did not fail");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NotAuthorizedException | Incorrect username or password. | WRONG_PASSWORD | Incorrect user name or password for ada | repeated failures lock
          NotAuthorizedException | Password attempts exceeded | TOO_MANY_ATTEMPTS | Too many failed sign-ins for ada | wait a few minutes
          NotAuthorizedException | Unable to verify secret hash for client client1234567890 | SECRET_HASH | could not verify SECRET_HASH | set appClientSecret
          NotAuthorizedException | Client client1234567890 is configured for secret but secret was not received | SECRET_HASH | has a secret, and none was configured | set appClientSecret
          NotAuthorizedException | User is disabled. | USER_DISABLED | User ada is disabled | admin-enable-user
          NotAuthorizedException | Invalid session for the user, session is expired. | SESSION_EXPIRED | The session is over | auth.login()
          UserNotFoundException | User does not exist. | UNKNOWN_USER | No user ada in this user pool | check the spelling
          UserNotConfirmedException | User is not confirmed. | USER_NOT_CONFIRMED | User ada has not confirmed the sign-up | auth.confirmSignUp(
          PasswordResetRequiredException | Password reset required for the user | PASSWORD_RESET_REQUIRED | was reset | auth.confirmForgotPassword(
          TooManyRequestsException | Rate exceeded | TOO_MANY_ATTEMPTS | too many attempts | wait a few minutes
          LimitExceededException | Attempt limit exceeded, please try after some time. | TOO_MANY_ATTEMPTS | too many attempts | wait
          InvalidParameterException | USER_PASSWORD_AUTH flow not enabled for this client | FLOW_NOT_ENABLED | does not allow this sign-in flow | ALLOW_USER_PASSWORD_AUTH
          InvalidParameterException | Initiate Auth method not supported | FLOW_NOT_ENABLED | does not allow this sign-in flow | ALLOW_USER_SRP_AUTH
          InvalidParameterException | Cannot modify the non-mutable attribute email_verified | INVALID_PASSWORD | refused an attribute | email_verified
          ResourceNotFoundException | User pool client client1234567890 does not exist. | CONFIGURATION | does not know this app client | appClientId
          InternalErrorException | Internal error | OTHER | Cognito refused InitiateAuth: InternalErrorException | see the message
          """)
  void cognitoError_becomesAnActionableMessage(
      String code, String said, Reason reason, String messagePart, String hintPart) {
    cognito.thenFail(code, said);

    AuthException e = signInFailure(AuthFixtures.config());

    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage())
        .contains(messagePart)
        .doesNotContain(PASSWORD)
        .doesNotContain("\tat ");
    assertThat(e.hint()).contains(hintPart);
    assertThat(e.getCause()).as("the SDK exception stays available").isNotNull();
  }

  @Test
  void messageEchoingASecret_isScrubbed() {
    cognito.thenFail("NotAuthorizedException", "bad value " + PASSWORD);

    AuthException e = signInFailure(AuthFixtures.config());

    assertThat(e.getMessage()).isEqualTo("Cognito refused: bad value ****");
  }

  @Test
  void unknownRefusal_withASecretHashSent_pointsAtTheSecret() {
    // an emulator's bare NotAuthorized, not Cognito's "Unable to verify secret hash"
    cognito.thenFail("NotAuthorizedException", "Not authorized");

    AuthException e = signInFailure(AuthFixtures.withSecret());

    assertThat(e.reason()).isEqualTo(Reason.SECRET_HASH);
    assertThat(e.getMessage()).isEqualTo("Cognito refused: Not authorized");
    assertThat(e.hint()).contains("a SECRET_HASH was sent").contains("appClientSecret");
  }

  @Test
  void unknownRefusal_withoutASecret_keepsTheGeneralHint() {
    cognito.thenFail("NotAuthorizedException", "Not authorized");

    AuthException e = signInFailure(AuthFixtures.config());

    assertThat(e.reason()).isEqualTo(Reason.OTHER);
    assertThat(e.hint()).doesNotContain("SECRET_HASH");
  }

  @Test
  void clientSecret_neverAppearsInTheMessage() {
    cognito.thenFail("NotAuthorizedException", "secret " + AuthFixtures.CLIENT_SECRET);

    assertThat(signInFailure(AuthFixtures.withSecret()).getMessage())
        .doesNotContain(AuthFixtures.CLIENT_SECRET);
  }

  @Test
  void connectionRefused_namesTheEndpoint() {
    cognito.thenThrow(
        SdkClientException.create(
            "Unable to execute HTTP request", new ConnectException("refused")));
    Config config =
        Config.builder()
            .region("us-east-1")
            .userPoolId(AuthFixtures.POOL_ID)
            .appClientId(AuthFixtures.CLIENT_ID)
            .endpoints(new Config.Endpoints(URI.create("http://127.0.0.1:9"), null))
            .build();

    AuthException e = signInFailure(config);

    assertThat(e.reason()).isEqualTo(Reason.NETWORK);
    assertThat(e.getMessage())
        .isEqualTo("Cannot reach Cognito at http://127.0.0.1:9 (connection refused)");
    assertThat(e.hint()).contains("running");
  }

  @Test
  void unknownHost_namesThePublicEndpoint() {
    cognito.thenThrow(SdkClientException.create("x", new UnknownHostException("cognito-idp")));

    AuthException e = signInFailure(AuthFixtures.config());

    assertThat(e.getMessage())
        .isEqualTo(
            "Cannot reach Cognito at https://cognito-idp.us-east-1.amazonaws.com (unknown host)");
  }

  @Test
  void tlsFailure_isANetworkError() {
    cognito.thenThrow(
        SdkClientException.create("x", new javax.net.ssl.SSLHandshakeException("PKIX path")));

    AuthException e = signInFailure(AuthFixtures.config());

    assertThat(e.reason()).isEqualTo(Reason.NETWORK);
    assertThat(e.getMessage()).endsWith("(TLS failed)");
  }

  @Test
  void unreadableAnswer_isAProtocolError() {
    cognito.thenThrow(SdkClientException.create("Unable to unmarshall response"));

    AuthException e = signInFailure(AuthFixtures.config());

    assertThat(e.reason()).isEqualTo(Reason.PROTOCOL);
    assertThat(e.getMessage()).contains("InitiateAuth could not be used");
  }

  @Test
  void missingAppClient_isAConfigurationError() {
    Config config = Config.builder().region("us-east-1").userPoolId(AuthFixtures.POOL_ID).build();

    AuthException e = signInFailure(config);

    assertThat(e.reason()).isEqualTo(Reason.CONFIGURATION);
    assertThat(e).hasMessage("No app client configured");
    assertThat(cognito.requests).isEmpty();
  }
}
