package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The errors of the account calls, with next steps that name the account calls (a new code, the
 * forgot-password flow) rather than sign-in's. What is not special here is {@link CognitoErrors}'s.
 */
final class AccountErrors {

  private AccountErrors() {}

  static AuthException map(
      SdkException e, String operation, String user, String endpoint, String... secrets) {
    AuthException general = CognitoErrors.map(e, operation, user, endpoint, secrets);
    if (!(e instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
      return general;
    }
    String code = String.valueOf(service.awsErrorDetails().errorCode());
    code = code.substring(code.lastIndexOf('#') + 1);
    String message = service.awsErrorDetails().errorMessage();
    String said = message == null ? "" : CognitoErrors.scrub(message, secrets);
    String who = user == null ? "the user" : user;
    return switch (code) {
      case "CodeMismatchException" ->
          new AuthException(
              Reason.CODE_MISMATCH, "Wrong code (" + said + ")", retry(operation, user), e);
      case "ExpiredCodeException" ->
          new AuthException(
              Reason.CODE_MISMATCH,
              "The code has expired (" + said + ")",
              newCode(operation, user),
              e);
      case "EnableSoftwareTokenMFAException" ->
          new AuthException(
              Reason.CODE_MISMATCH,
              "The authenticator code was refused (" + said + ")",
              "authenticator codes change every 30 seconds: type the current one with"
                  + " auth.verifyTotp(\"…\")",
              e);
      case "LimitExceededException" ->
          new AuthException(
              Reason.TOO_MANY_ATTEMPTS,
              "Cognito refuses " + operation + " for now: " + said,
              "wait a few minutes (Cognito's limit); a new code also starts afresh: "
                  + newCode(operation, user),
              e);
      case "UsernameExistsException" ->
          new AuthException(
              Reason.OTHER,
              "User " + who + " already exists in this user pool",
              "sign in with auth.login(\""
                  + who
                  + "\"), reset a forgotten password with"
                  + " auth.forgotPassword(\""
                  + who
                  + "\"), or sign up another name",
              e);
      case "InvalidPasswordException" ->
          new AuthException(
              Reason.INVALID_PASSWORD,
              "Cognito refused the password: " + said,
              "choose one that meets the pool's policy (by default 8 characters or more, with"
                  + " upper and lower case letters, a digit and a symbol) and call "
                  + operationCall(operation)
                  + " again",
              e);
      case "UserNotConfirmedException" -> CognitoErrors.notConfirmed(who, e);
      case "PasswordResetRequiredException" ->
          new AuthException(
              Reason.PASSWORD_RESET_REQUIRED,
              "The password of " + who + " must be reset first",
              "auth.forgotPassword(\""
                  + who
                  + "\") sends a code; then auth.confirmForgotPassword(\"<code>\")",
              e);
      case "NotAuthorizedException" ->
          "ChangePassword".equals(operation) && said.contains("Incorrect username or password")
              ? new AuthException(
                  Reason.WRONG_PASSWORD,
                  "The current password is wrong",
                  "call auth.changePassword() again with the password you sign in with",
                  e)
              : general;
      default -> general;
    };
  }

  /** {@code user} as a Java string literal for a hint, or a placeholder when unknown. */
  private static String quoted(String user) {
    return user == null ? "\"<user>\"" : "\"" + user + "\"";
  }

  private static String retry(String operation, String user) {
    return switch (operation) {
      case "ConfirmSignUp" ->
          "check the code (on the sandbox: /codes) and call auth.confirmSignUp(\"…\") again;"
              + " auth.resendCode() sends a new one";
      case "ConfirmForgotPassword" ->
          "check the code (on the sandbox: /codes) and call auth.confirmForgotPassword(\"…\")"
              + " again; auth.forgotPassword("
              + quoted(user)
              + ") sends a new one";
      case "VerifyUserAttribute" ->
          "check the code (on the sandbox: /codes) and call auth.verifyAttribute(name, \"…\")"
              + " again; auth.verificationCode(name) sends a new one";
      default -> "check the code and try again";
    };
  }

  private static String newCode(String operation, String user) {
    return switch (operation) {
      case "ConfirmSignUp", "ResendConfirmationCode" -> "auth.resendCode() sends a new code";
      case "ConfirmForgotPassword", "ForgotPassword" ->
          "auth.forgotPassword(" + quoted(user) + ") sends a new code";
      case "VerifyUserAttribute", "GetUserAttributeVerificationCode" ->
          "auth.verificationCode(name) sends a new code";
      default -> "ask for a new code";
    };
  }

  private static String operationCall(String operation) {
    return switch (operation) {
      case "SignUp" -> "auth.signUp(..)";
      case "ConfirmForgotPassword" -> "auth.confirmForgotPassword(..)";
      case "ChangePassword" -> "auth.changePassword()";
      default -> operation;
    };
  }
}
