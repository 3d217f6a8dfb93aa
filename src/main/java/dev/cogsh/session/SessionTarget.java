package dev.cogsh.session;

import dev.cogsh.config.Config;
import java.util.Objects;

/**
 * What a session talks to and as whom: the banner's text, the effective configuration, and whether
 * it is the built-in sandbox. Replaced as a whole when {@code /config use NAME} switches profiles.
 *
 * @param description where calls go and as whom, e.g. {@code sandbox at http://127.0.0.1:41237
 *     (user demo@example.com, password Passw0rd!)}
 * @param config the effective configuration
 * @param sandbox whether calls go to the built-in sandbox
 */
public record SessionTarget(String description, Config config, boolean sandbox) {

  public SessionTarget {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(config, "config");
  }

  /** A configured API: its URL and the user. */
  static SessionTarget configured(Config config) {
    return new SessionTarget(
        config.apiUrl() + (config.username() == null ? "" : " (user " + config.username() + ")"),
        config,
        false);
  }
}
