package dev.cogsh.auth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;

/**
 * The SDK client replaced by a script: each call takes the next scripted step, which sees the
 * request (to answer from it, e.g. SRP) and returns a response or throws. Every request is kept.
 * Only the operations sign-in uses are implemented; the others keep the interface's default
 * (UnsupportedOperationException).
 */
final class FakeCognito implements CognitoIdentityProviderClient {

  final List<SdkRequest> requests = new ArrayList<>();
  private final Deque<Function<SdkRequest, Object>> steps = new ArrayDeque<>();

  /** Adds a step that answers the next call with {@code response}. */
  FakeCognito then(Object response) {
    steps.add(request -> response);
    return this;
  }

  /** Adds a step that computes the answer from the request. */
  FakeCognito thenFrom(Function<SdkRequest, Object> step) {
    steps.add(step);
    return this;
  }

  /** Adds a step that fails like Cognito: HTTP 400, an error code and a message. */
  FakeCognito thenFail(String errorCode, String message) {
    steps.add(
        request -> {
          throw error(errorCode, message);
        });
    return this;
  }

  /** Adds a step that throws {@code e} as is (client-side failures). */
  FakeCognito thenThrow(RuntimeException e) {
    steps.add(
        request -> {
          throw e;
        });
    return this;
  }

  static AwsServiceException error(String errorCode, String message) {
    return AwsServiceException.builder()
        .statusCode(400)
        .message(message)
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode(errorCode)
                .errorMessage(message)
                .serviceName("CognitoIdentityProvider")
                .build())
        .build();
  }

  int remaining() {
    return steps.size();
  }

  @SuppressWarnings("unchecked")
  <T extends SdkRequest> T request(int index) {
    return (T) requests.get(index);
  }

  @SuppressWarnings("unchecked")
  <T extends SdkRequest> T last() {
    return (T) requests.get(requests.size() - 1);
  }

  private <T> T next(SdkRequest request, Class<T> type) {
    requests.add(request);
    if (steps.isEmpty()) {
      throw new AssertionError("unexpected call: " + request);
    }
    return type.cast(steps.poll().apply(request));
  }

  @Override
  public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
    return next(request, InitiateAuthResponse.class);
  }

  @Override
  public RespondToAuthChallengeResponse respondToAuthChallenge(
      RespondToAuthChallengeRequest request) {
    return next(request, RespondToAuthChallengeResponse.class);
  }

  @Override
  public AssociateSoftwareTokenResponse associateSoftwareToken(
      AssociateSoftwareTokenRequest request) {
    return next(request, AssociateSoftwareTokenResponse.class);
  }

  @Override
  public VerifySoftwareTokenResponse verifySoftwareToken(VerifySoftwareTokenRequest request) {
    return next(request, VerifySoftwareTokenResponse.class);
  }

  @Override
  public GlobalSignOutResponse globalSignOut(GlobalSignOutRequest request) {
    return next(request, GlobalSignOutResponse.class);
  }

  @Override
  public String serviceName() {
    return "cognito-idp";
  }

  @Override
  public void close() {}
}
