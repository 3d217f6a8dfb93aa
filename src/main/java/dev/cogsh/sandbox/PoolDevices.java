package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices the pool tracks ({@code --devices always|opt-in}), and which device each refresh
 * token was issued to: on a device-tracking pool a refresh must send that {@code DEVICE_KEY}, as in
 * Cognito. Kept in the state store when there is one.
 */
final class PoolDevices {
  private static final String DEVICES = "devices";
  private static final String BINDINGS = "device-tokens";

  /** Which device a refresh token was issued to. */
  private static final RecordShape BINDING_SHAPE =
      RecordShape.of(
          "a device token record",
          "delete it (that refresh token then no longer names its device)",
          "tokenHash",
          "deviceKey");

  private final DeviceTracking tracking;
  private final String region;
  private final Clock clock;
  private final RandomIds random;
  private final StateStore store;
  private final Map<String, PoolDevice> devices = new ConcurrentHashMap<>(); // by device key
  private final Map<String, String> byRefreshHash = new ConcurrentHashMap<>();

  PoolDevices(
      DeviceTracking tracking, String region, Clock clock, RandomIds random, StateStore store)
      throws IOException {
    this.tracking = tracking;
    this.region = region;
    this.clock = clock;
    this.random = random;
    this.store = store;
    for (JsonNode n : store.load(DEVICES, PoolDevice.SHAPE)) {
      PoolDevice device = PoolDevice.fromJson(n);
      devices.put(device.deviceKey(), device);
    }
    for (JsonNode n : store.load(BINDINGS, BINDING_SHAPE)) {
      byRefreshHash.put(n.path("tokenHash").asText(), n.path("deviceKey").asText());
    }
  }

  DeviceTracking tracking() {
    return tracking;
  }

  boolean enabled() {
    return tracking != DeviceTracking.OFF;
  }

  /** A new device for {@code username}, as {@code NewDeviceMetadata} announces it. */
  PoolDevice issue(String username) {
    long now = clock.instant().getEpochSecond();
    String groupKey =
        devices.values().stream()
            .filter(d -> d.username().equals(username))
            .map(PoolDevice::groupKey)
            .findFirst()
            .orElseGet(() -> "-" + random.opaque(6).replaceAll("[^A-Za-z0-9]", "x"));
    PoolDevice device =
        new PoolDevice(
            region + "_" + random.uuid(), groupKey, username, null, null, false, now, now);
    save(device);
    return device;
  }

  /** The device with this key when it belongs to {@code username}, else {@code null}. */
  PoolDevice of(String username, String deviceKey) {
    PoolDevice device = deviceKey == null ? null : devices.get(deviceKey);
    return device != null && device.username().equals(username) ? device : null;
  }

  /** Like {@link #of}, but fails as Cognito does for an unknown device. */
  PoolDevice require(String username, String deviceKey) {
    PoolDevice device = of(username, deviceKey);
    if (device == null) {
      throw AwsErrorException.cognito("ResourceNotFoundException", "Device does not exist.");
    }
    return device;
  }

  void save(PoolDevice device) {
    store.put(DEVICES, device.deviceKey(), device::toJson);
    devices.put(device.deviceKey(), device);
  }

  void forget(PoolDevice device) {
    store.delete(DEVICES, device.deviceKey());
    devices.remove(device.deviceKey());
  }

  /** A user's devices, the most recently used first. */
  List<PoolDevice> of(String username) {
    return devices.values().stream()
        .filter(d -> d.username().equals(username))
        .sorted(Comparator.comparingLong(PoolDevice::lastAuthenticated).reversed())
        .toList();
  }

  /** Records that {@code refreshToken} was issued on {@code deviceKey}. */
  void bind(String refreshToken, String deviceKey) {
    String hash = hash(refreshToken);
    store.put(
        BINDINGS,
        hash.substring(0, 32),
        () -> Json.object().put("tokenHash", hash).put("deviceKey", deviceKey));
    byRefreshHash.put(hash, deviceKey);
  }

  /** The device a refresh token was issued on, or {@code null}. */
  String boundDevice(String refreshToken) {
    return byRefreshHash.get(hash(refreshToken));
  }

  private static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
