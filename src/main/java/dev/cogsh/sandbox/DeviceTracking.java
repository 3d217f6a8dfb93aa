package dev.cogsh.sandbox;

import java.util.Locale;

/**
 * The pool's device tracking ({@code --devices}), as the console's "Remember user's devices"
 * setting: {@code always} remembers every confirmed device, {@code opt-in} lets the user choose
 * ({@code UpdateDeviceStatus}), {@code off} tracks none.
 */
public enum DeviceTracking {
  ALWAYS,
  OPT_IN,
  OFF;

  /**
   * Reads {@code always}, {@code opt-in} or {@code off} (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static DeviceTracking parse(String text) {
    return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
      case "always" -> ALWAYS;
      case "opt-in", "opt_in", "optin" -> OPT_IN;
      case "off", "none" -> OFF;
      default ->
          throw new IllegalArgumentException(
              "--devices takes always, opt-in or off, got '" + text + "'");
    };
  }

  /** The spelling {@link #parse} reads: {@code always}, {@code opt-in}, {@code off}. */
  public String label() {
    return this == OPT_IN ? "opt-in" : name().toLowerCase(Locale.ROOT);
  }
}
