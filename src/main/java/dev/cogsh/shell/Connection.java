package dev.cogsh.shell;

import dev.cogsh.config.Config;

/**
 * What the session is connected to, for the banner, {@code /config} and {@code /sandbox}.
 *
 * @param version e.g. {@code cogsh 0.1}
 * @param target where calls go and as whom, e.g. {@code sandbox at http://127.0.0.1:41237 (user
 *     demo@example.com, password Passw0rd!)}
 * @param config the effective configuration
 * @param sandbox whether {@code target} is the built-in sandbox
 * @param configuration the {@code /config} table (each value with its source, secrets masked), or
 *     {@code null} to print {@code config}'s masked fields
 */
public record Connection(
    String version, String target, Config config, boolean sandbox, String configuration) {

  /** The banner's "where and as whom" for a configured API: its URL and the user. */
  public static String target(Config config) {
    return config.apiUrl() + (config.username() == null ? "" : " (user " + config.username() + ")");
  }
}
