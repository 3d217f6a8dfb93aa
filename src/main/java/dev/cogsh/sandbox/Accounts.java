package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The User Pool operations outside sign-in: {@code SignUp}, {@code ConfirmSignUp}, {@code GetUser}
 * and {@code GlobalSignOut}. Confirmation codes are "sent" to {@code GET /_sandbox/messages}.
 */
final class Accounts {
  private final UserPool pool;
  private final TokenIssuer tokens;
  private final Messages messages;
  private final RandomIds ids;

  Accounts(UserPool pool, TokenIssuer tokens, Messages messages, RandomIds ids) {
    this.pool = pool;
    this.tokens = tokens;
    this.messages = messages;
    this.ids = ids;
  }

  ObjectNode signUp(ObjectNode request) {
    pool.checkClient(request);
    String username = Json.text(request, "Username");
    String password = Json.text(request, "Password");
    if (username.length() > 128 || !username.matches("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+")) {
      throw AwsErrorException.cognito(
          "InvalidParameterException",
          "1 validation error detected: Value at 'username' failed to satisfy constraint: Member"
              + " must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    }
    pool.checkSecretHash(Json.optionalText(request, "SecretHash"), username);
    Map<String, String> attributes = attributes(request.get("UserAttributes"));
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
    PoolUser user = pool.withNewPassword(draft, password, PoolUser.UNCONFIRMED);
    if (!pool.add(user)) {
      throw AwsErrorException.cognito("UsernameExistsException", "User already exists");
    }
    boolean byEmail = email != null || phone == null;
    String destination = byEmail ? (email == null ? username : email) : phone;
    messages.send(byEmail ? "EMAIL" : "SMS", destination, username, "SIGN_UP", code);
    ObjectNode response = Json.object();
    response
        .putObject("CodeDeliveryDetails")
        .put("AttributeName", byEmail ? "email" : "phone_number")
        .put("DeliveryMedium", byEmail ? "EMAIL" : "SMS")
        .put("Destination", byEmail ? maskEmail(destination) : maskPhone(destination));
    return response.put("UserConfirmed", false).put("UserSub", user.sub());
  }

  ObjectNode confirmSignUp(ObjectNode request) {
    pool.checkClient(request);
    String username = Json.text(request, "Username");
    String code = Json.text(request, "ConfirmationCode");
    pool.checkSecretHash(Json.optionalText(request, "SecretHash"), username);
    PoolUser user = pool.user(username);
    if (user == null) {
      throw AwsErrorException.cognito(
          "UserNotFoundException", "Username/client id combination not found.");
    }
    if (!PoolUser.UNCONFIRMED.equals(user.status())) {
      throw AwsErrorException.cognito(
          "NotAuthorizedException", "User cannot be confirmed. Current status is " + user.status());
    }
    if (!code.equals(user.confirmationCode())) {
      throw AwsErrorException.cognito(
          "CodeMismatchException", "Invalid verification code provided, please try again.");
    }
    pool.save(user.confirmed());
    return Json.object();
  }

  ObjectNode getUser(ObjectNode request) {
    PoolUser user = pool.user(tokens.accessTokenUser(Json.text(request, "AccessToken")));
    if (user == null) {
      throw AwsErrorException.cognito("UserNotFoundException", "User does not exist.");
    }
    ObjectNode response = Json.object();
    ArrayNode list = response.putArray("UserAttributes");
    user.attributes()
        .properties()
        .forEach(e -> list.addObject().put("Name", e.getKey()).put("Value", e.getValue().asText()));
    response.put("Username", user.username());
    if (!PoolUser.NO_MFA.equals(user.mfa())) {
      response.put("PreferredMfaSetting", user.mfa());
      response.putArray("UserMFASettingList").add(user.mfa());
    }
    return response;
  }

  ObjectNode globalSignOut(ObjectNode request) {
    tokens.signOut(tokens.accessTokenUser(Json.text(request, "AccessToken")));
    return Json.object();
  }

  private static Map<String, String> attributes(JsonNode list) {
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

  /** {@code demo@example.com} → {@code d***@e***}, as Cognito shows a destination. */
  static String maskEmail(String email) {
    int at = email.indexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return "***";
    }
    return email.charAt(0) + "***@" + email.charAt(at + 1) + "***";
  }

  /** {@code +15555550101} → {@code +*******0101}. */
  static String maskPhone(String phone) {
    if (phone.length() <= 4) {
      return "****";
    }
    return "+" + "*".repeat(Math.max(0, phone.length() - 5)) + phone.substring(phone.length() - 4);
  }
}
