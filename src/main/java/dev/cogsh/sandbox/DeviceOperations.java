package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.srp.DeviceSecretVerifierConfig;
import dev.cogsh.srp.SrpException;
import java.util.Map;
import java.util.function.Function;

/**
 * The token-authorized device operations: {@code ConfirmDevice}, {@code UpdateDeviceStatus}, {@code
 * GetDevice}, {@code ListDevices} and {@code ForgetDevice}, with Cognito's parameters and error
 * types.
 */
final class DeviceOperations {
  private static final String IDP = "AWSCognitoIdentityProviderService.";

  private final PoolDevices devices;
  private final TokenIssuer tokens;

  DeviceOperations(PoolDevices devices, TokenIssuer tokens) {
    this.devices = devices;
    this.tokens = tokens;
  }

  /** The operations by {@code X-Amz-Target}. */
  Map<String, Function<ObjectNode, ObjectNode>> operations() {
    return Map.of(
        IDP + "ConfirmDevice", this::confirmDevice,
        IDP + "UpdateDeviceStatus", this::updateDeviceStatus,
        IDP + "GetDevice", this::getDevice,
        IDP + "ListDevices", this::listDevices,
        IDP + "ForgetDevice", this::forgetDevice);
  }

  ObjectNode confirmDevice(ObjectNode request) {
    PoolDevice device = device(request);
    JsonNode config = request.path("DeviceSecretVerifierConfig");
    DeviceSecretVerifierConfig verifier =
        new DeviceSecretVerifierConfig(
            config.path("PasswordVerifier").asText(null), config.path("Salt").asText(null));
    try {
      verifier.verifier();
    } catch (SrpException e) {
      throw AwsErrorException.cognito(
          "InvalidParameterException", "Invalid DeviceSecretVerifierConfig: " + e.getMessage());
    }
    boolean always = devices.tracking() == DeviceTracking.ALWAYS;
    devices.save(device.confirmed(verifier, Json.optionalText(request, "DeviceName"), always));
    return Json.object().put("UserConfirmationNecessary", !always);
  }

  ObjectNode updateDeviceStatus(ObjectNode request) {
    PoolDevice device = device(request);
    String status = Json.optionalText(request, "DeviceRememberedStatus");
    if (!"remembered".equals(status) && !"not_remembered".equals(status)) {
      throw AwsErrorException.cognito(
          "InvalidParameterException",
          "1 validation error detected: Value at 'deviceRememberedStatus' failed to satisfy"
              + " constraint: Member must satisfy enum value set: [remembered, not_remembered]");
    }
    devices.save(device.withRemembered("remembered".equals(status)));
    return Json.object();
  }

  ObjectNode getDevice(ObjectNode request) {
    ObjectNode response = Json.object();
    response.set("Device", device(request).toDeviceType());
    return response;
  }

  ObjectNode listDevices(ObjectNode request) {
    String username = tokens.accessTokenUser(Json.text(request, "AccessToken"));
    ObjectNode response = Json.object();
    var list = response.putArray("Devices");
    devices.of(username).forEach(d -> list.add(d.toDeviceType()));
    return response;
  }

  ObjectNode forgetDevice(ObjectNode request) {
    devices.forget(device(request));
    return Json.object();
  }

  private PoolDevice device(ObjectNode request) {
    String username = tokens.accessTokenUser(Json.text(request, "AccessToken"));
    if (!devices.enabled()) {
      throw AwsErrorException.cognito(
          "InvalidParameterException",
          "Device tracking is off for this user pool (start the sandbox with --devices always).");
    }
    return devices.require(username, Json.text(request, "DeviceKey"));
  }
}
