package dev.cogsh.auth;

import dev.cogsh.config.Config;
import dev.cogsh.srp.DeviceSecretVerifierConfig;
import dev.cogsh.srp.SecretHash;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;

/**
 * The User Pool calls sign-in makes, each with {@code SECRET_HASH} added when the app client has a
 * secret and every SDK failure turned into an {@link AuthException}. The SDK client sends them
 * unsigned (anonymous credentials): they are public APIs.
 */
final class CognitoCalls {

  /** What Cognito answered to InitiateAuth or RespondToAuthChallenge: tokens or a challenge. */
  record Reply(
      String challengeName,
      String session,
      Map<String, String> parameters,
      AuthenticationResultType result) {}

  private final CognitoIdentityProviderClient client;
  private final Config config;

  CognitoCalls(CognitoIdentityProviderClient client, Config config) {
    this.client = client;
    this.config = config;
  }

  /**
   * {@code InitiateAuth}. {@code hashUsername} is the name {@code SECRET_HASH} is computed with:
   * the {@code USERNAME} sent, or for a refresh the user's internal name.
   */
  Reply initiate(
      AuthFlowType flow, Map<String, String> parameters, String hashUsername, String... secrets) {
    Map<String, String> all = withSecretHash(parameters, hashUsername);
    InitiateAuthResponse r =
        call(
            "InitiateAuth",
            hashUsername,
            all.containsKey("SECRET_HASH"),
            () ->
                client.initiateAuth(
                    b -> b.authFlow(flow).clientId(config.appClientId()).authParameters(all)),
            secrets(all, secrets));
    return new Reply(
        r.challengeNameAsString(),
        r.session(),
        withAvailable(r.challengeParameters(), r.availableChallengesAsStrings()),
        r.authenticationResult());
  }

  /**
   * {@code RespondToAuthChallenge}, with {@code USERNAME} (the internal name from the challenge)
   * and its {@code SECRET_HASH} added to the responses.
   */
  Reply respond(
      String challengeName,
      String session,
      Map<String, String> responses,
      String username,
      String... secrets) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("USERNAME", username);
    all.putAll(responses);
    Map<String, String> hashed = withSecretHash(all, username);
    RespondToAuthChallengeResponse r =
        call(
            "RespondToAuthChallenge",
            username,
            hashed.containsKey("SECRET_HASH"),
            () ->
                client.respondToAuthChallenge(
                    b ->
                        b.challengeName(challengeName)
                            .clientId(config.appClientId())
                            .session(session)
                            .challengeResponses(hashed)),
            secrets(hashed, secrets));
    return new Reply(
        r.challengeNameAsString(), r.session(), r.challengeParameters(), r.authenticationResult());
  }

  /** {@code AssociateSoftwareToken} within a sign-in session: returns the key and a new session. */
  AssociateSoftwareTokenResponse associateSoftwareToken(String session, String username) {
    return call(
        "AssociateSoftwareToken",
        username,
        () -> client.associateSoftwareToken(b -> b.session(session)),
        session);
  }

  /** {@code VerifySoftwareToken} within a sign-in session. */
  VerifySoftwareTokenResponse verifySoftwareToken(String session, String code, String username) {
    return call(
        "VerifySoftwareToken",
        username,
        () ->
            client.verifySoftwareToken(
                b -> b.session(session).userCode(code).friendlyDeviceName("cogsh")),
        session);
  }

  /** {@code GlobalSignOut}: revokes the user's refresh tokens everywhere. */
  void globalSignOut(String accessToken, String username) {
    call(
        "GlobalSignOut",
        username,
        () -> client.globalSignOut(b -> b.accessToken(accessToken)),
        accessToken);
  }

  /** {@code ConfirmDevice}: registers the device's verifier; says whether the user must opt in. */
  ConfirmDeviceResponse confirmDevice(
      String accessToken, String deviceKey, DeviceSecretVerifierConfig verifier, String username) {
    return call(
        "ConfirmDevice",
        username,
        () ->
            client.confirmDevice(
                b ->
                    b.accessToken(accessToken)
                        .deviceKey(deviceKey)
                        .deviceName("cogsh")
                        .deviceSecretVerifierConfig(
                            v ->
                                v.passwordVerifier(verifier.passwordVerifier())
                                    .salt(verifier.salt()))),
        accessToken);
  }

  /** {@code UpdateDeviceStatus}: remembered or not. */
  void updateDeviceStatus(
      String accessToken, String deviceKey, boolean remembered, String username) {
    call(
        "UpdateDeviceStatus",
        username,
        () ->
            client.updateDeviceStatus(
                b ->
                    b.accessToken(accessToken)
                        .deviceKey(deviceKey)
                        .deviceRememberedStatus(
                            remembered
                                ? DeviceRememberedStatusType.REMEMBERED
                                : DeviceRememberedStatusType.NOT_REMEMBERED)),
        accessToken);
  }

  /** {@code ListDevices}: the signed-in user's devices (the first 60). */
  List<DeviceType> listDevices(String accessToken, String username) {
    return call(
            "ListDevices",
            username,
            () -> client.listDevices(b -> b.accessToken(accessToken).limit(60)),
            accessToken)
        .devices();
  }

  /** {@code ForgetDevice}: the pool stops tracking the device. */
  void forgetDevice(String accessToken, String deviceKey, String username) {
    call(
        "ForgetDevice",
        username,
        () -> client.forgetDevice(b -> b.accessToken(accessToken).deviceKey(deviceKey)),
        accessToken);
  }

  /** The parameters with {@code AvailableChallenges} (of {@code SELECT_CHALLENGE}) as JSON text. */
  private static Map<String, String> withAvailable(
      Map<String, String> parameters, List<String> available) {
    if (available == null || available.isEmpty()) {
      return parameters;
    }
    Map<String, String> all = new LinkedHashMap<>(parameters);
    all.put(
        Challenge.AVAILABLE_CHALLENGES,
        available.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",", "[", "]")));
    return all;
  }

  private Map<String, String> withSecretHash(Map<String, String> parameters, String username) {
    if (config.appClientSecret() == null || username == null) {
      return parameters;
    }
    Map<String, String> all = new LinkedHashMap<>(parameters);
    all.put(
        "SECRET_HASH",
        SecretHash.compute(username, config.appClientId(), config.appClientSecret()));
    return all;
  }

  private String[] secrets(Map<String, String> sent, String... more) {
    String[] all = new String[more.length + 5];
    System.arraycopy(more, 0, all, 0, more.length);
    int i = more.length;
    for (String key :
        new String[] {"PASSWORD", "SECRET_HASH", "REFRESH_TOKEN", "PASSWORD_CLAIM_SIGNATURE"}) {
      all[i++] = sent.get(key);
    }
    all[i] = config.appClientSecret();
    return all;
  }

  private <T> T call(String operation, String username, Supplier<T> call, String... secrets) {
    return call(operation, username, false, call, secrets);
  }

  private <T> T call(
      String operation,
      String username,
      boolean secretHashSent,
      Supplier<T> call,
      String... secrets) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw CognitoErrors.map(e, operation, username, endpoint(), secretHashSent, secrets);
    }
  }

  /** Where calls go, for messages. */
  String endpoint() {
    if (config.endpoints().cognitoIdp() != null) {
      return config.endpoints().cognitoIdp().toString();
    }
    return "https://cognito-idp." + CognitoClients.region(config) + ".amazonaws.com";
  }
}
