package dev.cogsh.auth;

import dev.cogsh.config.Config;
import dev.cogsh.srp.SecretHash;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;

/**
 * The User Pool calls of the account lifecycle, unsigned like sign-in's: the public ones carry
 * {@code SECRET_HASH} when the app client has a secret, the others the user's access token. Every
 * SDK failure becomes an {@link AuthException} with a next step ({@link AccountErrors}).
 */
final class AccountCalls {
  private final CognitoIdentityProviderClient client;
  private final Config config;
  private final String endpoint;

  AccountCalls(CognitoIdentityProviderClient client, Config config, String endpoint) {
    this.client = client;
    this.config = config;
    this.endpoint = endpoint;
  }

  SignUpResponse signUp(String user, String password, Map<String, String> attributes) {
    List<AttributeType> list = attributeList(attributes);
    return call(
        "SignUp",
        user,
        () ->
            client.signUp(
                b ->
                    b.clientId(config.appClientId())
                        .username(user)
                        .password(password)
                        .secretHash(secretHash(user))
                        .userAttributes(list)),
        password);
  }

  void confirmSignUp(String user, String code) {
    call(
        "ConfirmSignUp",
        user,
        () ->
            client.confirmSignUp(
                b ->
                    b.clientId(config.appClientId())
                        .username(user)
                        .confirmationCode(code)
                        .secretHash(secretHash(user))));
  }

  CodeDeliveryDetailsType resendConfirmationCode(String user) {
    return call(
            "ResendConfirmationCode",
            user,
            () ->
                client.resendConfirmationCode(
                    b ->
                        b.clientId(config.appClientId())
                            .username(user)
                            .secretHash(secretHash(user))))
        .codeDeliveryDetails();
  }

  CodeDeliveryDetailsType forgotPassword(String user) {
    return call(
            "ForgotPassword",
            user,
            () ->
                client.forgotPassword(
                    b ->
                        b.clientId(config.appClientId())
                            .username(user)
                            .secretHash(secretHash(user))))
        .codeDeliveryDetails();
  }

  void confirmForgotPassword(String user, String code, String password) {
    call(
        "ConfirmForgotPassword",
        user,
        () ->
            client.confirmForgotPassword(
                b ->
                    b.clientId(config.appClientId())
                        .username(user)
                        .confirmationCode(code)
                        .password(password)
                        .secretHash(secretHash(user))),
        password);
  }

  void changePassword(String accessToken, String previous, String proposed, String user) {
    call(
        "ChangePassword",
        user,
        () ->
            client.changePassword(
                b ->
                    b.accessToken(accessToken)
                        .previousPassword(previous)
                        .proposedPassword(proposed)),
        accessToken,
        previous,
        proposed);
  }

  GetUserResponse getUser(String accessToken, String user) {
    return call(
        "GetUser", user, () -> client.getUser(b -> b.accessToken(accessToken)), accessToken);
  }

  List<CodeDeliveryDetailsType> updateUserAttributes(
      String accessToken, Map<String, String> attributes, String user) {
    List<AttributeType> list = attributeList(attributes);
    return call(
            "UpdateUserAttributes",
            user,
            () -> client.updateUserAttributes(b -> b.accessToken(accessToken).userAttributes(list)),
            accessToken)
        .codeDeliveryDetailsList();
  }

  CodeDeliveryDetailsType getUserAttributeVerificationCode(
      String accessToken, String attribute, String user) {
    return call(
            "GetUserAttributeVerificationCode",
            user,
            () ->
                client.getUserAttributeVerificationCode(
                    b -> b.accessToken(accessToken).attributeName(attribute)),
            accessToken)
        .codeDeliveryDetails();
  }

  void verifyUserAttribute(String accessToken, String attribute, String code, String user) {
    call(
        "VerifyUserAttribute",
        user,
        () ->
            client.verifyUserAttribute(
                b -> b.accessToken(accessToken).attributeName(attribute).code(code)),
        accessToken);
  }

  void deleteUser(String accessToken, String user) {
    call("DeleteUser", user, () -> client.deleteUser(b -> b.accessToken(accessToken)), accessToken);
  }

  /** {@code RevokeToken}: the refresh token, with the app client's secret when it has one. */
  void revokeToken(String refreshToken, String user) {
    call(
        "RevokeToken",
        user,
        () ->
            client.revokeToken(
                b ->
                    b.clientId(config.appClientId())
                        .clientSecret(config.appClientSecret())
                        .token(refreshToken)),
        refreshToken);
  }

  String associateSoftwareToken(String accessToken, String user) {
    return call(
            "AssociateSoftwareToken",
            user,
            () -> client.associateSoftwareToken(b -> b.accessToken(accessToken)),
            accessToken)
        .secretCode();
  }

  void verifySoftwareToken(String accessToken, String code, String user) {
    call(
        "VerifySoftwareToken",
        user,
        () ->
            client.verifySoftwareToken(
                b -> b.accessToken(accessToken).userCode(code).friendlyDeviceName("cogsh")),
        accessToken);
  }

  /** {@code SetUserMFAPreference}: TOTP on (and preferred) or off. */
  void setTotpPreference(String accessToken, boolean enabled, String user) {
    call(
        "SetUserMFAPreference",
        user,
        () ->
            client.setUserMFAPreference(
                b ->
                    b.accessToken(accessToken)
                        .softwareTokenMfaSettings(s -> s.enabled(enabled).preferredMfa(enabled))),
        accessToken);
  }

  private String secretHash(String user) {
    return config.appClientSecret() == null
        ? null
        : SecretHash.compute(user, config.appClientId(), config.appClientSecret());
  }

  private static List<AttributeType> attributeList(Map<String, String> attributes) {
    return attributes == null
        ? List.of()
        : attributes.entrySet().stream()
            .map(e -> AttributeType.builder().name(e.getKey()).value(e.getValue()).build())
            .toList();
  }

  private <T> T call(String operation, String user, Supplier<T> call, String... secrets) {
    try {
      return call.get();
    } catch (SdkException e) {
      String[] all = new String[secrets.length + 1];
      System.arraycopy(secrets, 0, all, 0, secrets.length);
      all[secrets.length] = config.appClientSecret();
      throw AccountErrors.map(e, operation, user, endpoint, all);
    }
  }
}
