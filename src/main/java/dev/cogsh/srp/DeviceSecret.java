package dev.cogsh.srp;

/**
 * What a client keeps about one remembered device, per user pool and user: the keys from {@code
 * NewDeviceMetadata} and the device password behind the verifier registered with {@code
 * ConfirmDevice}. Every later {@code DEVICE_SRP_AUTH} needs all three; the password cannot be
 * recovered from Cognito, so {@code toString()} masks it.
 *
 * <p>In the device SRP, {@code deviceGroupKey} takes the place of the pool name and {@code
 * deviceKey} that of {@code USER_ID_FOR_SRP}: {@code x = H(s ‖ H(deviceGroupKey ‖ deviceKey ‖ ":" ‖
 * devicePassword))}.
 *
 * @param deviceGroupKey {@code NewDeviceMetadata.DeviceGroupKey}
 * @param deviceKey {@code NewDeviceMetadata.DeviceKey}, also sent as {@code DEVICE_KEY}
 * @param devicePassword base64 of 40 random bytes, hashed as this text (never decoded)
 */
public record DeviceSecret(String deviceGroupKey, String deviceKey, String devicePassword) {

  @Override
  public String toString() {
    return "DeviceSecret[deviceGroupKey="
        + deviceGroupKey
        + ", deviceKey="
        + deviceKey
        + ", devicePassword=****]";
  }
}
