package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/**
 * The account operations a signed-in user makes with an access token: {@code GetUser}, {@code
 * UpdateUserAttributes}, {@code GetUserAttributeVerificationCode}, {@code VerifyUserAttribute},
 * {@code ChangePassword}, {@code DeleteUser} and {@code GlobalSignOut}; and {@code RevokeToken},
 * which takes a refresh token and the app client.
 */
final class SignedInAccounts {
  private static final String IDP = "AWSCognitoIdentityProviderService.";
  private static final String VERIFY = "VERIFY:";

  private final UserPool pool;
  private final TokenIssuer tokens;
  private final UserAttributes attributes;
  private final AccountCodes codes;
  private final CodeDelivery delivery;

  SignedInAccounts(
      UserPool pool,
      TokenIssuer tokens,
      UserAttributes attributes,
      AccountCodes codes,
      CodeDelivery delivery) {
    this.pool = pool;
    this.tokens = tokens;
    this.attributes = attributes;
    this.codes = codes;
    this.delivery = delivery;
  }

  /** The operations by {@code X-Amz-Target}. */
  Map<String, Function<ObjectNode, ObjectNode>> operations() {
    return Map.of(
        IDP + "GetUser", this::getUser,
        IDP + "UpdateUserAttributes", this::updateUserAttributes,
        IDP + "GetUserAttributeVerificationCode", this::getUserAttributeVerificationCode,
        IDP + "VerifyUserAttribute", this::verifyUserAttribute,
        IDP + "ChangePassword", this::changePassword,
        IDP + "DeleteUser", this::deleteUser,
        IDP + "GlobalSignOut", this::globalSignOut,
        IDP + "RevokeToken", this::revokeToken);
  }

  ObjectNode getUser(ObjectNode request) {
    PoolUser user = signedIn(request);
    ObjectNode response = Json.object();
    ArrayNode list = response.putArray("UserAttributes");
    attributes
        .of(user)
        .properties()
        .forEach(e -> list.addObject().put("Name", e.getKey()).put("Value", e.getValue().asText()));
    response.put("Username", user.username());
    if (!PoolUser.NO_MFA.equals(user.mfa())) {
      response.put("PreferredMfaSetting", user.mfa());
      response.putArray("UserMFASettingList").add(user.mfa());
    }
    return response;
  }

  /**
   * {@code UpdateUserAttributes}: a new {@code email} or {@code phone_number} is unverified until
   * the code sent to it is given to {@code VerifyUserAttribute}.
   */
  ObjectNode updateUserAttributes(ObjectNode request) {
    PoolUser user = signedIn(request);
    Map<String, String> given = Accounts.attributes(request.get("UserAttributes"));
    given.keySet().forEach(UserAttributes::checkWritable);
    ObjectNode response = Json.object();
    ArrayNode deliveries = response.putArray("CodeDeliveryDetailsList");
    for (Map.Entry<String, String> e : given.entrySet()) {
      attributes.set(user, e.getKey(), e.getValue());
      if (verifiable(e.getKey())) {
        attributes.set(user, e.getKey() + "_verified", "false");
        deliveries.add(sendCode(user, e.getKey(), e.getValue()));
      }
    }
    return response;
  }

  ObjectNode getUserAttributeVerificationCode(ObjectNode request) {
    PoolUser user = signedIn(request);
    String name = Json.text(request, "AttributeName");
    String value = attributes.of(user).path(name).asText(null);
    if (!verifiable(name) || value == null) {
      throw AwsErrorException.cognito(
          "InvalidParameterException", "Invalid attribute name: " + name + " cannot be verified.");
    }
    ObjectNode response = Json.object();
    response.set("CodeDeliveryDetails", sendCode(user, name, value));
    return response;
  }

  ObjectNode verifyUserAttribute(ObjectNode request) {
    PoolUser user = signedIn(request);
    String name = Json.text(request, "AttributeName");
    codes.use(user.username(), VERIFY + name, Json.text(request, "Code"));
    attributes.set(user, name + "_verified", "true");
    return Json.object();
  }

  ObjectNode changePassword(ObjectNode request) {
    PoolUser user = signedIn(request);
    String previous = Json.text(request, "PreviousPassword");
    String proposed = Json.text(request, "ProposedPassword");
    if (!pool.passwordMatches(user, previous)) {
      throw AwsErrorException.cognito("NotAuthorizedException", "Incorrect username or password.");
    }
    pool.save(pool.withNewPassword(user, proposed, user.status()));
    return Json.object();
  }

  ObjectNode deleteUser(ObjectNode request) {
    PoolUser user = signedIn(request);
    tokens.signOut(user.username());
    attributes.forget(user);
    codes.forget(user.username());
    pool.remove(user);
    return Json.object();
  }

  ObjectNode globalSignOut(ObjectNode request) {
    tokens.signOut(signedIn(request).username());
    return Json.object();
  }

  /** {@code RevokeToken}: ends the refresh token's session (and its access tokens). */
  ObjectNode revokeToken(ObjectNode request) {
    pool.checkClient(request);
    pool.checkClientSecret(Json.optionalText(request, "ClientSecret"));
    tokens.revoke(Json.text(request, "Token"));
    return Json.object();
  }

  private ObjectNode sendCode(PoolUser user, String name, String destination) {
    String code = codes.issue(user.username(), VERIFY + name);
    return delivery.sendTo(
        name, destination, user, "VERIFY_" + name.toUpperCase(java.util.Locale.ROOT), code);
  }

  private static boolean verifiable(String name) {
    return name.equals("email") || name.equals("phone_number");
  }

  private PoolUser signedIn(ObjectNode request) {
    PoolUser user = pool.user(tokens.accessTokenUser(Json.text(request, "AccessToken")));
    if (user == null) {
      throw AwsErrorException.cognito("UserNotFoundException", "User does not exist.");
    }
    return user;
  }
}
