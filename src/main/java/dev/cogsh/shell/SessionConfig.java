package dev.cogsh.shell;

import dev.cogsh.config.Environment;
import dev.cogsh.config.ResolvedConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration a shell session was resolved from, for {@code /config}, {@code /config use
 * NAME} and {@code /config import PATH}: it changes when the user switches profiles.
 */
public final class SessionConfig {

  private final Environment environment;
  private final Connection sandbox;
  private volatile ResolvedConfig resolved;

  /**
   * @param resolved what the session started with, or {@code null} when it was not resolved from
   *     flags, environment and files (then {@code /config use} cannot switch)
   * @param environment where files are read and written ({@code ./cogsh.json} is in its cwd)
   * @param sandbox the connection to the built-in sandbox when the session started on it, or {@code
   *     null}: {@code /config use} goes back to it when a profile configures nothing
   */
  public SessionConfig(ResolvedConfig resolved, Environment environment, Connection sandbox) {
    this.resolved = resolved;
    this.environment = Objects.requireNonNull(environment, "environment");
    this.sandbox = sandbox;
  }

  /** A session whose configuration was given, not resolved: it imports but cannot switch. */
  public static SessionConfig fixed(Environment environment) {
    return new SessionConfig(null, environment, null);
  }

  /** The configuration in use, if it was resolved from flags, environment and files. */
  public Optional<ResolvedConfig> resolved() {
    return Optional.ofNullable(resolved);
  }

  /** Where files are read and written. */
  public Environment environment() {
    return environment;
  }

  /** The sandbox connection the session started with, if it did. */
  public Optional<Connection> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  /** The profiles of the configuration file in use. */
  public List<String> profiles() {
    ResolvedConfig current = resolved;
    return current == null ? List.of() : current.profiles();
  }

  /** Now using {@code next} ({@code /config use NAME} succeeded). */
  void use(ResolvedConfig next) {
    resolved = Objects.requireNonNull(next, "next");
  }
}
