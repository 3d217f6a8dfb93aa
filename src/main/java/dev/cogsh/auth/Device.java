package dev.cogsh.auth;

import java.time.Instant;

/**
 * One of the signed-in user's devices, as {@code auth.devices()} lists them ({@code ListDevices}).
 *
 * @param key the device key
 * @param name the device's name ({@code cogsh} for ours), or {@code null}
 * @param remembered whether sign-ins from it skip MFA
 * @param lastAuthenticated its last sign-in, or {@code null}
 * @param thisDevice whether it is the device this session signed in from
 */
public record Device(
    String key, String name, boolean remembered, Instant lastAuthenticated, boolean thisDevice) {

  @Override
  public String toString() {
    return key
        + (name == null ? "" : " " + name)
        + (remembered ? " remembered" : " not remembered")
        + (lastAuthenticated == null ? "" : ", last sign-in " + lastAuthenticated)
        + (thisDevice ? " (this device)" : "");
  }
}
