package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.human.Masks;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns what the SDK throws into an {@link AuthException} a person can act on. Cognito's own words
 * are kept where they help, with every secret of the request blotted out (some emulators echo
 * values in their messages); the SDK's stack trace stays in the cause, out of the message.
 */
final class CognitoErrors {

  private CognitoErrors() {}

  /**
   * Maps one failed call.
   *
   * @param e what the SDK threw
   * @param operation the Cognito operation, e.g. {@code InitiateAuth}
   * @param username the user the call was about (may be null)
   * @param endpoint where the call went, for network errors
   * @param secrets values to blot out of any message taken from the response
   */
  static AuthException map(
      SdkException e, String operation, String username, String endpoint, String... secrets) {
    return map(e, operation, username, endpoint, false, secrets);
  }

  /**
   * As above; {@code secretHashSent} says the call carried a {@code SECRET_HASH}, so a refusal in
   * words cogsh does not know (moto answers with the hash itself, other emulators with a bare
   * NotAuthorized) points at the app client's secret as well.
   */
  static AuthException map(
      SdkException e,
      String operation,
      String username,
      String endpoint,
      boolean secretHashSent,
      String... secrets) {
    if (!(e instanceof AwsServiceException service)) {
      return TransportErrors.map(e, operation, endpoint);
    }
    String code = code(service);
    String said = scrub(said(service), secrets);
    String lower = said.toLowerCase(Locale.ROOT);
    String who = username == null ? "the user" : username;
    return switch (code) {
      case "NotAuthorizedException" -> notAuthorized(lower, said, who, secretHashSent, e);
      case "UserNotFoundException" ->
          new AuthException(
              Reason.UNKNOWN_USER,
              "No user " + who + " in this user pool",
              "check the spelling and userPoolId; a new user signs up first",
              e);
      case "UserNotConfirmedException" -> notConfirmed(who, e);
      case "PasswordResetRequiredException" ->
          new AuthException(
              Reason.PASSWORD_RESET_REQUIRED,
              "The password of " + who + " was reset; a new one must be set first",
              "auth.forgotPassword(\""
                  + who
                  + "\") sends a code for"
                  + " auth.confirmForgotPassword(\"<code>\"), or have an administrator set one"
                  + " (aws cognito-idp admin-set-user-password)",
              e);
      case "TooManyRequestsException", "LimitExceededException", "TooManyFailedAttemptsException" ->
          new AuthException(
              Reason.TOO_MANY_ATTEMPTS,
              "Cognito is refusing for now: too many attempts (" + said + ")",
              "wait a few minutes before trying again",
              e);
      case "CodeMismatchException", "EnableSoftwareTokenMFAException" ->
          new AuthException(
              Reason.CODE_MISMATCH,
              "Wrong code (" + said + ")",
              "try again with auth.answer(\"…\"); authenticator codes change every 30 seconds",
              e);
      case "ExpiredCodeException" ->
          new AuthException(
              Reason.CODE_MISMATCH,
              "The code has expired",
              "start again with auth.login() to get a new code",
              e);
      case "InvalidPasswordException", "PasswordHistoryPolicyViolationException" ->
          new AuthException(
              Reason.INVALID_PASSWORD,
              "Cognito refused the new password: " + said,
              "choose one that meets the pool's password policy and continue with"
                  + " auth.newPassword(\"…\")",
              e);
      case "InvalidParameterException" -> invalidParameter(lower, said, operation, e);
      case "ResourceNotFoundException" ->
          new AuthException(
              Reason.CONFIGURATION,
              "Cognito does not know this app client or user pool: " + said,
              "check appClientId, userPoolId and region in cogsh.json (they must be the same pool's)",
              e);
      case "InvalidUserPoolConfigurationException", "MFAMethodNotFoundException" ->
          new AuthException(
              Reason.CONFIGURATION,
              "The user pool's configuration does not allow this sign-in: " + said,
              "ask the pool's administrator (MFA and app-client settings)",
              e);
      case "UserLambdaValidationException",
          "UnexpectedLambdaException",
          "InvalidLambdaResponseException" ->
          new AuthException(
              Reason.OTHER,
              "A Lambda trigger of the user pool failed: " + said,
              "look at the trigger's CloudWatch logs",
              e);
      default ->
          new AuthException(
              Reason.OTHER,
              "Cognito refused " + operation + ": " + code + (said.isEmpty() ? "" : ": " + said),
              service.statusCode() >= 500
                  ? "a problem on Cognito's side; try again shortly"
                  : "see the message; auth.login() starts a new sign-in",
              e);
    };
  }

  private static AuthException notAuthorized(
      String lower, String said, String who, boolean secretHashSent, Exception e) {
    if (lower.contains("incorrect username or password")) {
      return new AuthException(
          Reason.WRONG_PASSWORD,
          "Incorrect user name or password for " + who,
          "check both (passwords are case-sensitive); repeated failures lock the user for a while",
          e);
    }
    if (lower.contains("attempts exceeded")) {
      return new AuthException(
          Reason.TOO_MANY_ATTEMPTS,
          "Too many failed sign-ins for " + who + " (" + said + ")",
          "wait a few minutes; Cognito unlocks the user by itself",
          e);
    }
    if (lower.contains("secret hash") || lower.contains("secret_hash")) {
      return new AuthException(
          Reason.SECRET_HASH,
          "Cognito could not verify SECRET_HASH (" + said + ")",
          "the app client has a secret: set appClientSecret in cogsh.json to exactly that"
              + " secret, or use an app client without one",
          e);
    }
    if (lower.contains("configured for secret") || lower.contains("secret was not received")) {
      return new AuthException(
          Reason.SECRET_HASH,
          "This app client has a secret, and none was configured",
          "set appClientSecret in cogsh.json, or use an app client without a secret",
          e);
    }
    if (lower.contains("disabled")) {
      return new AuthException(
          Reason.USER_DISABLED,
          "User " + who + " is disabled",
          "an administrator can enable the user (aws cognito-idp admin-enable-user)",
          e);
    }
    if (lower.contains("refresh token")
        || lower.contains("session")
        || lower.contains("revoked")
        || lower.contains("expired")) {
      return new AuthException(
          Reason.SESSION_EXPIRED,
          "The session is over: " + said,
          "sign in again with auth.login()",
          e);
    }
    if (lower.contains("flow") && lower.contains("not enabled")) {
      return flowNotEnabled(said, e);
    }
    if (secretHashSent) {
      return new AuthException(
          Reason.SECRET_HASH,
          "Cognito refused: " + (said.isEmpty() ? "NotAuthorizedException" : said),
          "a SECRET_HASH was sent: check that appClientSecret in cogsh.json is exactly the app"
              + " client's secret (App clients > Client secret), then the user name and password",
          e);
    }
    return new AuthException(
        Reason.OTHER,
        "Cognito refused: " + said,
        "check the user name, password and app client",
        e);
  }

  private static AuthException invalidParameter(
      String lower, String said, String operation, Exception e) {
    if (lower.contains("not enabled") || lower.contains("not supported")) {
      return flowNotEnabled(said, e);
    }
    if (lower.contains("secret_hash") || lower.contains("secret hash")) {
      return new AuthException(
          Reason.SECRET_HASH,
          "SECRET_HASH is missing or malformed (" + said + ")",
          "set appClientSecret in cogsh.json when the app client has a secret",
          e);
    }
    if (lower.contains("non-mutable") || lower.contains("attribute")) {
      return new AuthException(
          Reason.INVALID_PASSWORD,
          "Cognito refused an attribute: " + said,
          "give only the attributes it asks for (auth.newPassword(\"…\", Map.of(…))); cogsh"
              + " never sends read-only ones such as email_verified",
          e);
    }
    return new AuthException(
        Reason.OTHER,
        "Cognito refused a parameter of " + operation + ": " + said,
        "check userPoolId, appClientId and the user name",
        e);
  }

  private static AuthException flowNotEnabled(String said, Exception e) {
    return new AuthException(
        Reason.FLOW_NOT_ENABLED,
        "The app client does not allow this sign-in flow (" + said + ")",
        "enable ALLOW_USER_SRP_AUTH (for auth.login) or ALLOW_USER_PASSWORD_AUTH (for"
            + " auth.loginWithPassword) and ALLOW_REFRESH_TOKEN_AUTH in the app client's"
            + " authentication flows, or use the other sign-in call",
        e);
  }

  private static String code(AwsServiceException e) {
    if (e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null) {
      String code = e.awsErrorDetails().errorCode();
      // some peers send "prefix#Code" in __type
      return code.substring(code.lastIndexOf('#') + 1);
    }
    return e.getClass().getSimpleName();
  }

  private static String said(AwsServiceException e) {
    if (e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null) {
      return e.awsErrorDetails().errorMessage();
    }
    return "";
  }

  /** Replaces each secret (longer than 3 characters) in {@code text} with {@code ****}. */
  static String scrub(String text, String... secrets) {
    String out = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() > 3) {
        out = out.replace(secret, Masks.HIDDEN);
      }
    }
    return out;
  }

  /**
   * {@code UserNotConfirmedException}, said once for sign-in and the account calls: confirm the
   * sign-up (or have it confirmed).
   */
  static AuthException notConfirmed(String who, Throwable e) {
    return new AuthException(
        Reason.USER_NOT_CONFIRMED,
        "User " + who + " has not confirmed the sign-up",
        "confirm with auth.confirmSignUp(\""
            + who
            + "\", \"<code>\") (auth.resendCode(\""
            + who
            + "\") sends a new code), or have an administrator confirm the user (aws"
            + " cognito-idp admin-confirm-sign-up)",
        e);
  }
}
