package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.CognitoCalls.Reply;
import dev.cogsh.config.Config;
import dev.cogsh.srp.DeviceConfirmation;
import dev.cogsh.srp.DeviceSecret;
import dev.cogsh.srp.DeviceSrpClient;
import dev.cogsh.srp.PasswordClaim;
import dev.cogsh.srp.SrpException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;

/**
 * Remembered devices: the client side of Cognito's device tracking.
 *
 * <pre>
 * sign-in ─▶ tokens + NewDeviceMetadata ─▶ ConfirmDevice (verifier) ─▶ [UpdateDeviceStatus]
 * next sign-in sends DEVICE_KEY ─▶ DEVICE_SRP_AUTH ─▶ DEVICE_PASSWORD_VERIFIER ─▶ tokens, no MFA
 * refresh sends DEVICE_KEY (a device-tracking pool rejects a refresh without it)
 * </pre>
 *
 * <p>The device key, group key and device password are kept per pool and user in a {@link
 * DeviceStore}. Not thread-safe on its own: {@link Auth} calls it under its lock.
 */
final class Devices {

  private final CognitoCalls calls;
  private final Config config;
  private final DeviceStore store;
  private final Clock clock;
  private final SecureRandom random;
  private NewDeviceMetadataType announced;
  private String announcedFor;
  private String current;
  private String currentUser;

  Devices(CognitoCalls calls, Config config, DeviceStore store, Clock clock, SecureRandom random) {
    this.calls = calls;
    this.config = config;
    this.store = store;
    this.clock = clock;
    this.random = random;
  }

  /** The {@code DEVICE_KEY} to start a sign-in of {@code user} with, if one is remembered here. */
  Optional<String> keyFor(String user) {
    return secret(user).map(DeviceSecret::deviceKey);
  }

  /** The device key of this session's sign-in, for a refresh; {@code null} when none. */
  String currentKey() {
    return current;
  }

  /**
   * Takes up the device of a session remembered by an earlier process: its refresh token is bound
   * to {@code deviceKey} ({@code null} when the pool tracks no device), which a refresh sends.
   */
  void restored(String user, String deviceKey) {
    announced = null;
    current = deviceKey;
    currentUser = user;
  }

  /** Notes what a sign-in of {@code user} returned; {@link #confirm} acts on it. */
  void signedIn(String user, NewDeviceMetadataType metadata, String sentDeviceKey) {
    announced = metadata;
    announcedFor = user;
    current = metadata == null ? sentDeviceKey : null;
    currentUser = user;
  }

  /**
   * Confirms the device a sign-in announced: keeps the device password here first, then registers
   * its verifier ({@code ConfirmDevice}). Returns whether the pool leaves remembering to the user.
   */
  boolean confirm(String accessToken) {
    NewDeviceMetadataType metadata = announced;
    announced = null;
    if (metadata == null) {
      return false;
    }
    DeviceConfirmation confirmation =
        DeviceConfirmation.create(metadata.deviceGroupKey(), metadata.deviceKey(), random);
    String key = DeviceStore.key(config.userPoolId(), announcedFor);
    try {
      store.put(key, confirmation.secret());
    } catch (UncheckedIOException e) {
      throw new AuthException(
          Reason.OTHER,
          "Signed in, but this device could not be remembered: " + e.getCause().getMessage(),
          "make " + store.file().map(Object::toString).orElse("the state folder") + " writable",
          e);
    }
    ConfirmDeviceResponse confirmed;
    try {
      confirmed =
          calls.confirmDevice(
              accessToken, metadata.deviceKey(), confirmation.verifierConfig(), announcedFor);
    } catch (AuthException e) {
      store.remove(key);
      throw new AuthException(
          e.reason(),
          "Signed in, but ConfirmDevice failed: " + e.getMessage(),
          "the tokens are valid; the next sign-in asks for MFA again. " + e.hint(),
          e);
    }
    current = metadata.deviceKey();
    return Boolean.TRUE.equals(confirmed.userConfirmationNecessary());
  }

  /**
   * Answers {@code DEVICE_SRP_AUTH} and then {@code DEVICE_PASSWORD_VERIFIER} with the device
   * remembered for the pending sign-in's user.
   */
  Reply answer(Pending pending) {
    DeviceSecret device =
        secret(pending.displayName())
            .orElseThrow(
                () ->
                    new AuthException(
                        Reason.PROTOCOL,
                        "Cognito asked for DEVICE_SRP_AUTH, but no device is remembered here for "
                            + pending.displayName(),
                        "sign in again with auth.login(); the endpoint may not be Cognito"));
    String storeKey = DeviceStore.key(config.userPoolId(), pending.displayName());
    DeviceSrpClient srp = DeviceSrpClient.start(random);
    try {
      Reply reply =
          calls.respond(
              "DEVICE_SRP_AUTH",
              pending.session(),
              Map.of("DEVICE_KEY", device.deviceKey(), "SRP_A", srp.srpA()),
              pending.username());
      if (!"DEVICE_PASSWORD_VERIFIER".equals(reply.challengeName())) {
        return reply;
      }
      Map<String, String> p = reply.parameters();
      PasswordClaim claim =
          srp.claim(
              device,
              p.getOrDefault("USERNAME", pending.username()),
              p.get("SALT"),
              p.get("SRP_B"),
              p.get("SECRET_BLOCK"),
              clock.instant());
      Map<String, String> responses = new LinkedHashMap<>();
      responses.put("PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock());
      responses.put("TIMESTAMP", claim.timestamp());
      responses.put("PASSWORD_CLAIM_SIGNATURE", claim.signature());
      responses.put("DEVICE_KEY", device.deviceKey());
      Reply done =
          calls.respond("DEVICE_PASSWORD_VERIFIER", reply.session(), responses, pending.username());
      current = device.deviceKey();
      return done;
    } catch (SrpException e) {
      throw new AuthException(
          Reason.PROTOCOL,
          "Cognito's DEVICE_PASSWORD_VERIFIER challenge is not valid SRP: " + e.getMessage(),
          "the endpoint is not behaving like Cognito; check endpoints.cognitoIdp",
          e);
    } catch (AuthException e) {
      boolean refused =
          e.reason() == Reason.WRONG_PASSWORD
              || e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("device");
      if (!refused) {
        throw e;
      }
      store.remove(storeKey);
      throw new AuthException(
          Reason.WRONG_PASSWORD,
          "The pool no longer accepts this device (" + device.deviceKey() + ")",
          "cogsh forgot it here; sign in again with auth.login() (MFA once, then the device is"
              + " remembered anew)",
          e);
    }
  }

  /** The user's devices ({@code ListDevices}), this one marked. */
  List<Device> list(String accessToken, String user) {
    return calls.listDevices(accessToken, user).stream().map(this::device).toList();
  }

  /** Marks this session's device remembered ({@code UpdateDeviceStatus}). */
  void remember(String accessToken, String user) {
    calls.updateDeviceStatus(accessToken, requireCurrent(), true, user);
  }

  /** Forgets {@code deviceKey} in the pool and, when it is this one, here too. */
  void forget(String accessToken, String user, String deviceKey) {
    calls.forgetDevice(accessToken, deviceKey, user);
    if (currentUser != null && keyFor(currentUser).filter(deviceKey::equals).isPresent()) {
      store.remove(DeviceStore.key(config.userPoolId(), currentUser));
    }
    if (deviceKey.equals(current)) {
      current = null;
    }
  }

  /** This session's device key. */
  String requireCurrent() {
    if (current == null) {
      throw new AuthException(
          Reason.NOT_SIGNED_IN,
          "This session signed in from no tracked device",
          "device tracking must be on in the user pool; auth.devices() lists the user's devices");
    }
    return current;
  }

  private Optional<DeviceSecret> secret(String user) {
    return user == null || config.userPoolId() == null
        ? Optional.empty()
        : store.get(DeviceStore.key(config.userPoolId(), user));
  }

  private Device device(DeviceType d) {
    String name = null;
    boolean remembered = false;
    for (AttributeType a : d.deviceAttributes()) {
      if ("device_name".equals(a.name())) {
        name = a.value();
      } else if ("dev:device_remembered_status".equals(a.name())) {
        remembered = "remembered".equals(a.value());
      }
    }
    return new Device(
        d.deviceKey(),
        name,
        remembered,
        d.deviceLastAuthenticatedDate(),
        d.deviceKey().equals(current));
  }
}
