package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.srp.DeviceSrpServer;
import dev.cogsh.srp.SrpException;
import dev.cogsh.srp.SrpGroup;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The pool's side of a remembered device's sign-in step: {@code DEVICE_SRP_AUTH} (the client sends
 * {@code DEVICE_KEY} and a fresh {@code SRP_A}) → {@code DEVICE_PASSWORD_VERIFIER} (the client
 * proves it holds the device password behind the verifier {@code ConfirmDevice} registered).
 */
final class DeviceSignIn {
  private static final String WRONG = "Incorrect username or password.";

  private final PoolDevices devices;
  private final ChallengeSessions sessions;
  private final SecureRandom random;
  private final RandomIds idGen;

  DeviceSignIn(
      PoolDevices devices, ChallengeSessions sessions, SecureRandom random, RandomIds idGen) {
    this.devices = devices;
    this.sessions = sessions;
    this.random = random;
    this.idGen = idGen;
  }

  /** Whether a sign-in that proved the password from {@code deviceKey} goes by device SRP. */
  boolean remembered(PoolUser user, String deviceKey) {
    PoolDevice device = devices.enabled() ? devices.of(user.username(), deviceKey) : null;
    return device != null && device.verifier() != null && device.remembered();
  }

  /** The {@code DEVICE_SRP_AUTH} challenge that replaces MFA for a remembered device. */
  ObjectNode challenge(PoolUser user, String deviceKey) {
    ObjectNode response = Json.object().put("ChallengeName", "DEVICE_SRP_AUTH");
    response
        .putObject("ChallengeParameters")
        .put("USERNAME", user.username())
        .put("USER_ID_FOR_SRP", user.username());
    return response.put(
        "Session", sessions.open("DEVICE_SRP_AUTH", user.username(), null, deviceKey));
  }

  /** Answers {@code DEVICE_SRP_AUTH} with {@code DEVICE_PASSWORD_VERIFIER}. */
  ObjectNode start(PoolUser user, Map<String, String> answers) {
    String deviceKey = required(answers, "DEVICE_KEY");
    String srpA = required(answers, "SRP_A");
    if (!srpA.matches("[0-9a-fA-F]{1,1024}")
        || new BigInteger(srpA, 16).mod(SrpGroup.N).signum() == 0) {
      throw AwsErrorException.cognito("InvalidParameterException", "SRP_A is not a valid value.");
    }
    PoolDevice device = devices.require(user.username(), deviceKey);
    if (device.verifier() == null) {
      throw AwsErrorException.cognito("ResourceNotFoundException", "Device does not exist.");
    }
    DeviceSrpServer srp;
    try {
      srp = DeviceSrpServer.start(device.verifier(), random);
    } catch (SrpException e) {
      throw AwsErrorException.cognito("InvalidParameterException", e.getMessage());
    }
    String secretBlock = Base64.getEncoder().encodeToString(idGen.bytes(96));
    String session =
        sessions.open(
            new ChallengeSessions.Pending(
                "DEVICE_PASSWORD_VERIFIER",
                user.username(),
                null,
                null,
                srpA,
                secretBlock,
                null,
                deviceKey,
                srp));
    ObjectNode response = Json.object().put("ChallengeName", "DEVICE_PASSWORD_VERIFIER");
    response
        .putObject("ChallengeParameters")
        .put("SALT", srp.saltHex())
        .put("SECRET_BLOCK", secretBlock)
        .put("SRP_B", srp.srpB())
        .put("USERNAME", user.username())
        .put("USER_ID_FOR_SRP", user.username());
    return response.put("Session", session);
  }

  /**
   * Checks a {@code DEVICE_PASSWORD_VERIFIER} answer; returns the device key it proved.
   *
   * @throws AwsErrorException {@code NotAuthorizedException} for a wrong device password
   */
  String verify(PoolUser user, ChallengeSessions.Pending pending, Map<String, String> answers) {
    String deviceKey = required(answers, "DEVICE_KEY");
    String secretBlock = required(answers, "PASSWORD_CLAIM_SECRET_BLOCK");
    String signature = required(answers, "PASSWORD_CLAIM_SIGNATURE");
    String timestamp = required(answers, "TIMESTAMP");
    if (!deviceKey.equals(pending.deviceKey()) || !secretBlock.equals(pending.secretBlock())) {
      throw AwsErrorException.cognito("NotAuthorizedException", WRONG);
    }
    PoolDevice device = devices.require(user.username(), deviceKey);
    boolean verified;
    try {
      verified =
          pending
              .deviceSrp()
              .verifyClaim(
                  device.groupKey(), deviceKey, pending.srpA(), secretBlock, timestamp, signature);
    } catch (SrpException e) {
      throw AwsErrorException.cognito("InvalidParameterException", e.getMessage());
    }
    if (!verified) {
      throw AwsErrorException.cognito("NotAuthorizedException", WRONG);
    }
    return deviceKey;
  }

  /**
   * Adds the device part of a sign-in's result: a {@code NewDeviceMetadata} for a sign-in from no
   * known device, and the refresh token bound to the device either way.
   */
  void onSignedIn(PoolUser user, String deviceKey, ObjectNode result, long now) {
    if (!devices.enabled()) {
      return;
    }
    PoolDevice known = devices.of(user.username(), deviceKey);
    if (known == null) {
      PoolDevice issued = devices.issue(user.username());
      result
          .putObject("NewDeviceMetadata")
          .put("DeviceKey", issued.deviceKey())
          .put("DeviceGroupKey", issued.groupKey());
      known = issued;
    } else {
      devices.save(known.authenticatedAt(now));
    }
    if (result.hasNonNull("RefreshToken")) {
      devices.bind(result.get("RefreshToken").asText(), known.deviceKey());
    }
  }

  /**
   * Refuses a refresh of a token issued on a device when the request does not send that {@code
   * DEVICE_KEY}, as Cognito does on device-tracking pools.
   */
  void checkRefresh(String refreshToken, String deviceKey) {
    String bound = devices.enabled() ? devices.boundDevice(refreshToken) : null;
    if (bound != null && !bound.equals(deviceKey)) {
      throw AwsErrorException.cognito("NotAuthorizedException", "Invalid Refresh Token");
    }
  }

  private static String required(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isEmpty()) {
      throw AwsErrorException.cognito(
          "InvalidParameterException", "Missing required parameter " + name);
    }
    return value;
  }
}
