package dev.cogsh.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outside world configuration is read from: environment variables, the working directory and
 * the user's home. Everything else takes one of these, so tests pass a map and temporary folders.
 *
 * @param variables the environment variables
 * @param cwd the working directory (where {@code ./cogsh.json} is looked for)
 * @param home the user's home directory
 */
public record Environment(Map<String, String> variables, Path cwd, Path home) {

  public Environment {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    cwd = cwd.toAbsolutePath().normalize();
    home = home.toAbsolutePath().normalize();
  }

  /** The real process environment; the one place cogsh reads it. */
  public static Environment system() {
    return new Environment(
        System.getenv(), Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
  }

  /** A variable's value, empty when it is unset or blank (an empty variable counts as unset). */
  public Optional<String> variable(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * The user configuration file: {@code $XDG_CONFIG_HOME/cogsh/config.json} when that variable is
   * set, else {@code ~/.config/cogsh/config.json}.
   */
  public Path userConfigFile() {
    // The XDG spec says a relative value is invalid and must be ignored.
    Path base =
        variable("XDG_CONFIG_HOME")
            .map(Path::of)
            .filter(Path::isAbsolute)
            .orElse(home.resolve(".config"));
    return base.resolve("cogsh").resolve("config.json");
  }

  /**
   * The shared credentials file the AWS tools use: {@code $AWS_SHARED_CREDENTIALS_FILE}, else
   * {@code ~/.aws/credentials}.
   */
  public Path awsCredentialsFile() {
    return variable("AWS_SHARED_CREDENTIALS_FILE")
        .map(this::expand)
        .orElse(home.resolve(".aws").resolve("credentials"));
  }

  /** The AWS config file: {@code $AWS_CONFIG_FILE}, else {@code ~/.aws/config}. */
  public Path awsConfigFile() {
    return variable("AWS_CONFIG_FILE")
        .map(this::expand)
        .orElse(home.resolve(".aws").resolve("config"));
  }

  /**
   * Where the opt-in identity id cache lives: {@code $XDG_CACHE_HOME/cogsh/identities.json}, else
   * {@code ~/.cache/cogsh/identities.json}.
   */
  public Path identityCacheFile() {
    Path base =
        variable("XDG_CACHE_HOME")
            .map(Path::of)
            .filter(Path::isAbsolute)
            .orElse(home.resolve(".cache"));
    return base.resolve("cogsh").resolve("identities.json");
  }

  /** A path from a variable: {@code ~/} expands to the home directory, relative to the cwd. */
  private Path expand(String value) {
    if (value.equals("~") || value.startsWith("~/")) {
      return home.resolve(value.substring(Math.min(2, value.length())));
    }
    return cwd.resolve(value);
  }

  /** The project configuration file, {@code ./cogsh.json}. */
  public Path projectConfigFile() {
    return cwd.resolve("cogsh.json");
  }

  /** A path as a person would type it: relative to the working directory, or under {@code ~}. */
  public String display(Path path) {
    Path p = cwd.resolve(path).toAbsolutePath().normalize();
    if (p.startsWith(cwd)) {
      return "./" + cwd.relativize(p).toString().replace('\\', '/');
    }
    if (p.startsWith(home)) {
      return "~/" + home.relativize(p).toString().replace('\\', '/');
    }
    Path relative =
        cwd.getRoot() != null && p.getRoot() != null && cwd.getRoot().equals(p.getRoot())
            ? cwd.relativize(p)
            : p;
    if (!relative.isAbsolute() && relative.getNameCount() > 0 && up(relative) <= 2) {
      return relative.toString().replace('\\', '/'); // a sibling: ../notes-app-client/src/config.js
    }
    return p.toString();
  }

  private static int up(Path relative) {
    int n = 0;
    for (Path part : relative) {
      if (part.toString().equals("..")) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String toString() {
    // Environment variables may hold secrets (COGSH_PASSWORD): print only their count.
    return "Environment[" + variables.size() + " variables, cwd=" + cwd + ", home=" + home + "]";
  }
}
