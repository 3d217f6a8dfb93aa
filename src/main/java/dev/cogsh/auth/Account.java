package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.human.SecretKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;

/**
 * The account lifecycle behind {@code auth.signUp(..)} and its kin: the public calls (sign-up and
 * its confirmation, a forgotten password) and those of the signed-in user (attributes, password
 * change, deletion, revocation). Passwords not given are asked for masked (new ones twice); with no
 * terminal the error names the call that takes them as arguments. {@link Auth} delegates here.
 */
final class Account {
  private final AccountCalls calls;
  private final Auth auth;
  private String signUpUser;
  private String forgotUser;

  Account(AccountCalls calls, Auth auth) {
    this.calls = calls;
    this.auth = auth;
  }

  SignUpResult signUp(String user, Map<String, String> attributes) {
    Prompter terminal =
        AccountPrompts.terminal(
            auth.answers(),
            "the new password",
            "give it: auth.signUp(\"" + user + "\", password, attributes)");
    terminal.println("Signing up " + user + ".");
    return signUp(user, AccountPrompts.newPassword(terminal, "Password"), attributes);
  }

  /** {@code SignUp}; a {@code null} password signs up a passwordless user. */
  SignUpResult signUp(String user, String password, Map<String, String> attributes) {
    requireName(user);
    auth.secretSink().learned(SecretKind.SECRET, password);
    SignUpResponse r = calls.signUp(user, password, attributes);
    signUpUser = user;
    SignUpResult result =
        new SignUpResult(
            user,
            r.userSub(),
            Boolean.TRUE.equals(r.userConfirmed()),
            r.codeDeliveryDetails() == null ? null : CodeDelivery.of(r.codeDeliveryDetails()));
    auth.answers().show(result.nextStep());
    return result;
  }

  void confirmSignUp(String code) {
    confirmSignUp(pendingSignUp(), code);
  }

  void confirmSignUp(String user, String code) {
    calls.confirmSignUp(requireName(user), requireCode(code));
    signUpUser = null;
    auth.answers().show("Confirmed " + user + ": sign in with auth.login(\"" + user + "\")");
  }

  CodeDelivery resendCode() {
    return resendCode(pendingSignUp());
  }

  CodeDelivery resendCode(String user) {
    CodeDelivery sent = CodeDelivery.of(calls.resendConfirmationCode(requireName(user)));
    signUpUser = user;
    return sent;
  }

  CodeDelivery forgotPassword(String user) {
    CodeDelivery sent = CodeDelivery.of(calls.forgotPassword(requireName(user)));
    forgotUser = user;
    auth.answers().show("Reset " + sent + ": continue with auth.confirmForgotPassword(\"…\")");
    return sent;
  }

  void confirmForgotPassword(String code) {
    Prompter terminal =
        AccountPrompts.terminal(
            auth.answers(),
            "the new password",
            "give it: auth.confirmForgotPassword(\"" + code + "\", newPassword)");
    confirmForgotPassword(code, AccountPrompts.newPassword(terminal, "New password"));
  }

  void confirmForgotPassword(String code, String newPassword) {
    if (forgotUser == null) {
      throw new AuthException(
          Reason.NOT_SIGNED_IN,
          "No password reset is waiting for a code",
          "start one with auth.forgotPassword(\"<user>\")");
    }
    auth.secretSink().learned(SecretKind.SECRET, newPassword);
    calls.confirmForgotPassword(forgotUser, requireCode(code), newPassword);
    auth.answers().show("New password set for " + forgotUser + ": sign in with auth.login()");
    forgotUser = null;
  }

  void changePassword() {
    Prompter terminal =
        AccountPrompts.terminal(
            auth.answers(), "the passwords", "give them: auth.changePassword(current, proposed)");
    String current = AccountPrompts.secret(terminal, "Current password: ", "current password");
    changePassword(current, AccountPrompts.newPassword(terminal, "New password"));
  }

  void changePassword(String current, String proposed) {
    auth.secretSink().learned(SecretKind.SECRET, current);
    auth.secretSink().learned(SecretKind.SECRET, proposed);
    calls.changePassword(accessToken(), current, proposed, auth.user());
    auth.answers().show("Password changed for " + auth.user());
  }

  /** {@code GetUser}: the user's attributes by name, in Cognito's order. */
  Map<String, String> attributes() {
    Map<String, String> all = new LinkedHashMap<>();
    calls
        .getUser(accessToken(), auth.user())
        .userAttributes()
        .forEach(a -> all.put(a.name(), a.value()));
    return all;
  }

  List<CodeDelivery> updateAttributes(Map<String, String> attributes) {
    return calls.updateUserAttributes(accessToken(), attributes, auth.user()).stream()
        .map(CodeDelivery::of)
        .toList();
  }

  CodeDelivery verificationCode(String attribute) {
    return CodeDelivery.of(
        calls.getUserAttributeVerificationCode(accessToken(), attribute, auth.user()));
  }

  void verifyAttribute(String attribute, String code) {
    calls.verifyUserAttribute(accessToken(), attribute, requireCode(code), auth.user());
  }

  /** Asks at the terminal to type the user name; without one, says to pass it. */
  void deleteUser() {
    String user = requireSignedIn();
    Prompter terminal =
        AccountPrompts.terminal(
            auth.answers(),
            "a confirmation",
            "confirm in the call: auth.deleteUser(\"" + user + "\")");
    terminal.println("This deletes " + user + " from the user pool, for good.");
    String typed = terminal.readLine("Type the user name to confirm: ");
    deleteUser(typed == null ? "" : typed.strip());
  }

  /** {@code DeleteUser} when {@code confirmation} is the signed-in user's name. */
  void deleteUser(String confirmation) {
    String user = requireSignedIn();
    if (!user.equals(confirmation)) {
      throw new AuthException(
          Reason.OTHER,
          "Not deleted: the confirmation is not the user name " + user,
          "to delete the user, call auth.deleteUser(\"" + user + "\")");
    }
    calls.deleteUser(accessToken(), user);
    auth.signedOutHere();
    auth.answers().show("Deleted " + user + " and signed out");
  }

  /** {@code RevokeToken}: the refresh token (and its access tokens) stop working; signed out. */
  void revoke() {
    Tokens tokens = auth.tokens();
    if (tokens.refreshToken() == null) {
      throw new AuthException(
          Reason.SESSION_EXPIRED, "No refresh token to revoke", "auth.logout() signs out");
    }
    calls.revokeToken(tokens.refreshToken(), auth.user());
    auth.signedOutHere();
  }

  String accessToken() {
    return auth.validTokens().accessToken().raw();
  }

  private String requireSignedIn() {
    auth.validTokens();
    return auth.user();
  }

  private String pendingSignUp() {
    if (signUpUser == null) {
      throw new AuthException(
          Reason.NOT_SIGNED_IN,
          "No sign-up is waiting for a code here",
          "name the user: auth.confirmSignUp(\"<user>\", \"<code>\") or auth.resendCode(\"<user>\")");
    }
    return signUpUser;
  }

  private static String requireName(String user) {
    if (user == null || user.isBlank()) {
      throw new AuthException(
          Reason.CONFIGURATION, "No user name given", "pass it: e.g. \"ada@example.com\"");
    }
    return user;
  }

  private static String requireCode(String code) {
    if (code == null || code.isBlank()) {
      throw new AuthException(
          Reason.CODE_MISMATCH,
          "No code given",
          "pass the code Cognito sent (on the sandbox: /codes shows it)");
    }
    return code.strip();
  }
}
