package dev.cogsh.shell;

import dev.cogsh.config.Config;

/**
 * What the session is connected to, for the banner, {@code /config} and {@code /sandbox}.
 *
 * @param version e.g. {@code cogsh 0.1}
 * @param target where calls go and as whom, e.g. {@code sandbox at http://127.0.0.1:41237 (user
 *     demo@example.com, password Passw0rd!)}
 * @param config the effective configuration, or {@code null} when there is none
 * @param sandbox whether {@code target} is the built-in sandbox
 */
public record Connection(String version, String target, Config config, boolean sandbox) {

  /** A session with no API configured and no sandbox: Java only. */
  public static Connection none(String version) {
    return new Connection(version, "no API configured", null, false);
  }
}
