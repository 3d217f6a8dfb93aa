package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The public (unauthenticated) account operations: {@code SignUp}, {@code ConfirmSignUp}, {@code
 * ResendConfirmationCode}, {@code ForgotPassword} and {@code ConfirmForgotPassword}, each with the
 * app client and {@code SECRET_HASH} checked. Codes are "sent" to {@code GET /_sandbox/messages}.
 */
final class Accounts {
  private static final String IDP = "AWSCognitoIdentityProviderService.";

  private final UserPool pool;
  private final CodeDelivery delivery;
  private final AccountCodes codes;
  private final RandomIds ids;
  private final UserAttributes userAttributes;

  Accounts(
      UserPool pool,
      CodeDelivery delivery,
      AccountCodes codes,
      RandomIds ids,
      UserAttributes userAttributes) {
    this.pool = pool;
    this.userAttributes = userAttributes;
    this.delivery = delivery;
    this.codes = codes;
    this.ids = ids;
  }

  /** The operations by {@code X-Amz-Target}. */
  Map<String, Function<ObjectNode, ObjectNode>> operations() {
    return Map.of(
        IDP + "SignUp", this::signUp,
        IDP + "ConfirmSignUp", this::confirmSignUp,
        IDP + "ResendConfirmationCode", this::resendConfirmationCode,
        IDP + "ForgotPassword", this::forgotPassword,
        IDP + "ConfirmForgotPassword", this::confirmForgotPassword);
  }

  /**
   * {@code SignUp}; without a {@code Password} the user is passwordless (the sandbox's pool allows
   * it, as a pool with choice-based sign-in does): it gets a random password no one knows.
   */
  ObjectNode signUp(ObjectNode request) {
    pool.checkClient(request);
    String username = Json.text(request, "Username");
    String password = Json.optionalText(request, "Password");
    if (username.length() > 128 || !username.matches("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+")) {
      throw AwsErrorException.cognito(
          "InvalidParameterException",
          "1 validation error detected: Value at 'username' failed to satisfy constraint: Member"
              + " must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    }
    pool.checkSecretHash(Json.optionalText(request, "SecretHash"), username);
    Map<String, String> attributes = attributes(request.get("UserAttributes"));
    attributes.keySet().forEach(UserAttributes::checkWritable);
    if (pool.user(username) != null) {
      throw AwsErrorException.cognito("UsernameExistsException", "User already exists");
    }
    String email = attributes.getOrDefault("email", username.contains("@") ? username : null);
    String phone = attributes.get("phone_number");
    String code = ids.code(6);
    PoolUser draft =
        new PoolUser(
            username,
            ids.uuid(),
            PoolUser.UNCONFIRMED,
            "",
            "",
            PoolUser.NO_MFA,
            null,
            email,
            phone,
            code);
    String chosen = password != null ? password : "Aa1!" + ids.opaque(24);
    PoolUser user = pool.withNewPassword(draft, chosen, PoolUser.UNCONFIRMED);
    if (!pool.add(user)) {
      throw AwsErrorException.cognito("UsernameExistsException", "User already exists");
    }
    attributes.forEach(
        (name, value) -> {
          if (!name.equals("email") && !name.equals("phone_number")) {
            userAttributes.set(user, name, value);
          }
        });
    ObjectNode response = Json.object();
    response.set("CodeDeliveryDetails", delivery.send(user, AccountCodes.SIGN_UP, code));
    return response.put("UserConfirmed", false).put("UserSub", user.sub());
  }

  ObjectNode confirmSignUp(ObjectNode request) {
    pool.checkClient(request);
    String username = Json.text(request, "Username");
    String code = Json.text(request, "ConfirmationCode");
    pool.checkSecretHash(Json.optionalText(request, "SecretHash"), username);
    PoolUser user = existing(username);
    if (!PoolUser.UNCONFIRMED.equals(user.status())) {
      throw AwsErrorException.cognito(
          "NotAuthorizedException", "User cannot be confirmed. Current status is " + user.status());
    }
    codes.check(username, AccountCodes.SIGN_UP, code.equals(user.confirmationCode()));
    pool.save(user.confirmed());
    return Json.object();
  }

  ObjectNode resendConfirmationCode(ObjectNode request) {
    pool.checkClient(request);
    String username = Json.text(request, "Username");
    pool.checkSecretHash(Json.optionalText(request, "SecretHash"), username);
    PoolUser user = existing(username);
    if (!PoolUser.UNCONFIRMED.equals(user.status())) {
      throw AwsErrorException.cognito("InvalidParameterException", "User is already confirmed.");
    }
    String code = ids.code(6);
    codes.unlock(username, AccountCodes.SIGN_UP); // a new code is a fresh start
    PoolUser updated = user.withConfirmationCode(code);
    pool.save(updated);
    ObjectNode response = Json.object();
    response.set("CodeDeliveryDetails", delivery.send(updated, AccountCodes.SIGN_UP, code));
    return response;
  }

  ObjectNode forgotPassword(ObjectNode request) {
    pool.checkClient(request);
    String username = Json.text(request, "Username");
    pool.checkSecretHash(Json.optionalText(request, "SecretHash"), username);
    PoolUser user = existing(username);
    if (PoolUser.UNCONFIRMED.equals(user.status())
        || (user.email() == null && user.phoneNumber() == null && !username.contains("@"))) {
      throw AwsErrorException.cognito(
          "InvalidParameterException",
          "Cannot reset password for the user as there is no registered/verified email or"
              + " phone_number");
    }
    String code = codes.issue(username, AccountCodes.FORGOT_PASSWORD);
    ObjectNode response = Json.object();
    response.set("CodeDeliveryDetails", delivery.send(user, AccountCodes.FORGOT_PASSWORD, code));
    return response;
  }

  ObjectNode confirmForgotPassword(ObjectNode request) {
    pool.checkClient(request);
    String username = Json.text(request, "Username");
    String code = Json.text(request, "ConfirmationCode");
    String password = Json.text(request, "Password");
    pool.checkSecretHash(Json.optionalText(request, "SecretHash"), username);
    PoolUser user = existing(username);
    UserPool.checkPolicy(password); // before the code is used up
    codes.use(username, AccountCodes.FORGOT_PASSWORD, code);
    pool.save(pool.withNewPassword(user, password, PoolUser.CONFIRMED));
    return Json.object();
  }

  private PoolUser existing(String username) {
    PoolUser user = pool.user(username);
    if (user == null) {
      throw AwsErrorException.cognito(
          "UserNotFoundException", "Username/client id combination not found.");
    }
    return user;
  }

  static Map<String, String> attributes(JsonNode list) {
    Map<String, String> attributes = new HashMap<>();
    if (list == null || list.isNull()) {
      return attributes;
    }
    if (!list.isArray()) {
      throw AwsErrorException.cognito(
          "SerializationException", "UserAttributes must be a list of {Name, Value}.");
    }
    for (JsonNode a : list) {
      if (!a.path("Name").isTextual() || !a.path("Value").isTextual()) {
        throw AwsErrorException.cognito(
            "SerializationException", "UserAttributes must be a list of {Name, Value}.");
      }
      attributes.put(a.get("Name").asText(), a.get("Value").asText());
    }
    return attributes;
  }
}
