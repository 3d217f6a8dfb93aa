package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.srp.DeviceSecretVerifierConfig;

/**
 * One device the pool tracks for a user: issued in {@code NewDeviceMetadata}, given a verifier by
 * {@code ConfirmDevice}, remembered or not by {@code UpdateDeviceStatus}.
 *
 * @param deviceKey {@code DeviceKey}, {@code <region>_<uuid>}
 * @param groupKey {@code DeviceGroupKey}
 * @param username the user's stored name
 * @param verifier the registered verifier, {@code null} until {@code ConfirmDevice}
 * @param name {@code DeviceName} from {@code ConfirmDevice}, or {@code null}
 * @param remembered whether sign-ins from it skip MFA
 * @param created epoch seconds of issue
 * @param lastAuthenticated epoch seconds of its last sign-in
 */
record PoolDevice(
    String deviceKey,
    String groupKey,
    String username,
    DeviceSecretVerifierConfig verifier,
    String name,
    boolean remembered,
    long created,
    long lastAuthenticated) {

  /** A remembered or tracked device, keyed by its key and group and owned by a user. */
  static final RecordShape SHAPE =
      RecordShape.of(
          "a device record",
          "delete it to forget that device",
          "deviceKey",
          "groupKey",
          "username");

  PoolDevice confirmed(DeviceSecretVerifierConfig config, String deviceName, boolean remember) {
    return new PoolDevice(
        deviceKey, groupKey, username, config, deviceName, remember, created, lastAuthenticated);
  }

  PoolDevice withRemembered(boolean remember) {
    return new PoolDevice(
        deviceKey, groupKey, username, verifier, name, remember, created, lastAuthenticated);
  }

  PoolDevice authenticatedAt(long epochSeconds) {
    return new PoolDevice(
        deviceKey, groupKey, username, verifier, name, remembered, created, epochSeconds);
  }

  /** {@code DeviceType} of {@code ListDevices}. */
  ObjectNode toDeviceType() {
    ObjectNode device = Json.object().put("DeviceKey", deviceKey);
    var attributes = device.putArray("DeviceAttributes");
    attributes.addObject().put("Name", "device_status").put("Value", "valid");
    if (name != null) {
      attributes.addObject().put("Name", "device_name").put("Value", name);
    }
    attributes
        .addObject()
        .put("Name", "dev:device_remembered_status")
        .put("Value", remembered ? "remembered" : "not_remembered");
    return device
        .put("DeviceCreateDate", created)
        .put("DeviceLastModifiedDate", lastAuthenticated)
        .put("DeviceLastAuthenticatedDate", lastAuthenticated);
  }

  ObjectNode toJson() {
    ObjectNode json =
        Json.object()
            .put("deviceKey", deviceKey)
            .put("groupKey", groupKey)
            .put("username", username)
            .put("name", name)
            .put("remembered", remembered)
            .put("created", created)
            .put("lastAuthenticated", lastAuthenticated);
    if (verifier != null) {
      json.put("passwordVerifier", verifier.passwordVerifier()).put("salt", verifier.salt());
    }
    return json;
  }

  static PoolDevice fromJson(JsonNode n) {
    DeviceSecretVerifierConfig verifier =
        n.path("passwordVerifier").isTextual()
            ? new DeviceSecretVerifierConfig(
                n.path("passwordVerifier").asText(), n.path("salt").asText())
            : null;
    return new PoolDevice(
        n.path("deviceKey").asText(),
        n.path("groupKey").asText(),
        n.path("username").asText(),
        verifier,
        n.path("name").isTextual() ? n.path("name").asText() : null,
        n.path("remembered").asBoolean(),
        n.path("created").asLong(),
        n.path("lastAuthenticated").asLong());
  }

  @Override
  public String toString() {
    return "PoolDevice[" + deviceKey + ", user=" + username + ", remembered=" + remembered + "]";
  }
}
