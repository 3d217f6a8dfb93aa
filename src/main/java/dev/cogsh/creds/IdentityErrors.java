package dev.cogsh.creds;

import dev.cogsh.config.Config;
import dev.cogsh.creds.CredsException.Reason;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidIdentityPoolConfigurationException;
import software.amazon.awssdk.services.cognitoidentity.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** Turns Identity Pool errors into messages that name the ids involved and say what to do. */
final class IdentityErrors {

  static final String ISSUER_MISMATCH = "Issuer doesn't match providerName";
  static final String TOKEN_EXPIRED = "Token is expired";
  static final String LOGINS_DONT_MATCH = "Logins don't match";
  static final String IDENTITY_NOT_FOUND = "Identity '";

  private IdentityErrors() {}

  /** The AWS message of an error ("" when none). */
  static String message(CognitoIdentityException e) {
    if (e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null) {
      return e.awsErrorDetails().errorMessage();
    }
    return e.getMessage() == null ? "" : e.getMessage();
  }

  /**
   * The exception to show for a failed call.
   *
   * @param loginsKey the key sent in {@code Logins} ({@code null} for a guest)
   * @param issuer the ID token's {@code iss} ({@code null} for a guest)
   */
  static CredsException map(
      String operation,
      CognitoIdentityException e,
      Config config,
      String loginsKey,
      String issuer) {
    String aws = message(e);
    String said = operation + " answered " + code(e) + ": \"" + aws + "\"";
    if (e instanceof ResourceNotFoundException && aws.startsWith("IdentityPool")) {
      return new CredsException(
          Reason.POOL_NOT_FOUND,
          "Identity pool \""
              + config.identityPoolId()
              + "\" was not found at "
              + IdentityClients.endpoint(config)
              + " ("
              + said
              + ")",
          poolNotFoundHint(config),
          e);
    }
    if (e instanceof NotAuthorizedException && aws.contains(ISSUER_MISMATCH)) {
      String expected = issuer == null ? null : issuer.replaceFirst("^https://", "");
      boolean sameKey = expected != null && expected.equals(loginsKey);
      return new CredsException(
          Reason.LOGIN_REJECTED,
          "The identity pool rejected the ID token: \"Invalid login token. "
              + ISSUER_MISMATCH
              + "\". Logins key sent: "
              + loginsKey
              + (sameKey
                  ? "; it matches the token's issuer, so the identity pool does not list this"
                      + " user pool as a provider"
                  : "; the ID token's issuer needs: " + expected),
          sameKey
              ? "in the Cognito console open identity pool "
                  + config.identityPoolId()
                  + " → User access → add user pool "
                  + config.userPoolId()
                  + " with app client "
                  + config.appClientId()
              : "set region and userPoolId in cogsh.json to the pool that issued the token ("
                  + expected
                  + "), or sign in again after fixing them",
          e);
    }
    if (e instanceof NotAuthorizedException && aws.contains(TOKEN_EXPIRED)) {
      return new CredsException(
          Reason.TOKEN_EXPIRED,
          "The ID token expired before the identity pool saw it (" + said + ")",
          "sign in again with auth.login(); if this repeats, check the computer's clock",
          e);
    }
    if (e instanceof NotAuthorizedException && aws.contains("Unauthenticated access")) {
      return new CredsException(
          Reason.GUEST_NOT_ALLOWED,
          "Identity pool "
              + config.identityPoolId()
              + " does not allow guest identities ("
              + said
              + ")",
          "enable guest (unauthenticated) access in the identity pool's User access settings, or"
              + " sign in with auth.login() and use creds.get()",
          e);
    }
    if (e instanceof NotAuthorizedException && aws.contains("audience")) {
      return new CredsException(
          Reason.LOGIN_REJECTED,
          "The identity pool does not accept tokens for app client "
              + config.appClientId()
              + " ("
              + said
              + ")",
          "add app client "
              + config.appClientId()
              + " to the user pool provider of identity pool "
              + config.identityPoolId(),
          e);
    }
    if (e instanceof NotAuthorizedException) {
      return new CredsException(
          Reason.LOGIN_REJECTED,
          "The identity pool refused the sign-in (" + said + ")",
          "check that identity pool "
              + config.identityPoolId()
              + " lists user pool "
              + config.userPoolId()
              + " and app client "
              + config.appClientId()
              + "; then sign in again",
          e);
    }
    if (e instanceof InvalidIdentityPoolConfigurationException) {
      return new CredsException(
          Reason.NO_ROLE,
          "Identity pool "
              + config.identityPoolId()
              + " has no usable role for this identity ("
              + said
              + ")",
          (loginsKey == null ? "set a guest (unauthenticated) role" : "set an authenticated role")
              + " in the identity pool's User access settings; the role's trust policy must allow"
              + " cognito-identity.amazonaws.com with aud = "
              + config.identityPoolId(),
          e);
    }
    if (e instanceof TooManyRequestsException || e instanceof LimitExceededException) {
      return new CredsException(
          Reason.THROTTLED, "Cognito is throttling (" + said + ")", "wait a moment and retry", e);
    }
    return new CredsException(
        Reason.OTHER,
        said,
        "check identityPoolId, userPoolId and region in cogsh.json (/config shows them)",
        e);
  }

  static CredsException network(String operation, SdkClientException e, Config config) {
    return new CredsException(
        Reason.NETWORK,
        operation + " could not reach " + IdentityClients.endpoint(config) + ": " + e.getMessage(),
        "check the network (and endpoints.cognitoIdentity in cogsh.json, if set)",
        e);
  }

  private static String poolNotFoundHint(Config config) {
    String poolRegion = IdentityClients.region(config);
    String userRegion = config.region();
    if (userRegion != null && !userRegion.equals(poolRegion)) {
      return "the identity pool id says "
          + poolRegion
          + " but the user pool is in "
          + userRegion
          + ": check that identityPoolId is the pool linked to user pool "
          + config.userPoolId()
          + " (Cognito console → Identity pools, in the same account)";
    }
    return "check identityPoolId in cogsh.json: it must be an identity pool of region "
        + poolRegion
        + " in the account that owns user pool "
        + config.userPoolId()
        + " (Cognito console → Identity pools)";
  }

  private static String code(CognitoIdentityException e) {
    return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
        ? e.awsErrorDetails().errorCode()
        : e.getClass().getSimpleName();
  }
}
