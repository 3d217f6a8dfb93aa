package dev.cogsh.config;

import java.util.Objects;

/**
 * Where one configuration value came from, so {@code /config} can say it.
 *
 * @param kind the kind of source
 * @param name the flag, the environment variable, the profile name or, for a default, where it was
 *     derived from
 * @param file the configuration file, for {@link Kind#FILE} and {@link Kind#PROFILE} (as displayed:
 *     {@code ./cogsh.json}, {@code ~/.config/cogsh/config.json}); {@code null} otherwise
 */
public record Origin(Kind kind, String name, String file) {

  /** The kinds of sources, strongest first. */
  public enum Kind {
    FLAG,
    ENV,
    PROFILE,
    FILE,
    DEFAULT
  }

  public Origin {
    Objects.requireNonNull(kind, "kind");
  }

  static Origin flag(String name) {
    return new Origin(Kind.FLAG, name, null);
  }

  static Origin env(String variable) {
    return new Origin(Kind.ENV, variable, null);
  }

  static Origin file(String file) {
    return new Origin(Kind.FILE, null, file);
  }

  static Origin profile(String profile, String file) {
    return new Origin(Kind.PROFILE, profile, file);
  }

  static Origin defaulted(String derivedFrom) {
    return new Origin(Kind.DEFAULT, derivedFrom, null);
  }

  /**
   * How {@code /config} shows it: {@code env COGSH_REGION}, {@code profile prod (./cogsh.json)}.
   */
  public String describe() {
    return switch (kind) {
      case FLAG -> name == null ? "flag" : (name.startsWith("/") ? "command " : "flag ") + name;
      case ENV -> "env " + name;
      case PROFILE -> "profile " + name + " (" + file + ")";
      case FILE -> "file " + file;
      case DEFAULT -> "default" + (name == null ? "" : " (" + name + ")");
    };
  }

  @Override
  public String toString() {
    return describe();
  }
}
