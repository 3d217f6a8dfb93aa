package dev.cogsh.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outside world configuration is read from: environment variables, the working directory, the
 * user's home and the JVM's class path. The one place that resolves the user's directories (XDG and
 * the AWS shared files); everything else takes an Environment, so tests pass a map and temporary
 * folders.
 *
 * @param variables the environment variables
 * @param cwd the working directory (where {@code ./cogsh.json} is looked for)
 * @param home the user's home directory
 * @param classPath the class path snippets compile against (the host's own)
 */
public record Environment(Map<String, String> variables, Path cwd, Path home, String classPath) {

  public Environment {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    cwd = cwd.toAbsolutePath().normalize();
    home = home.toAbsolutePath().normalize();
    Objects.requireNonNull(classPath, "classPath");
  }

  /** An environment on the JVM's own class path. */
  public Environment(Map<String, String> variables, Path cwd, Path home) {
    this(variables, cwd, home, jvmClassPath());
  }

  /** The real process environment; the one place cogsh reads it. */
  public static Environment system() {
    return of(
        System.getenv(),
        Path.of("").toAbsolutePath(),
        System.getProperty("user.home"),
        jvmClassPath());
  }

  /**
   * The environment of a process with these {@code variables}: the home is {@code $HOME} when it is
   * set to an absolute path, else the JVM's {@code user.home} (which comes from the password
   * database, so {@code HOME=/tmp/x cogsh} would otherwise still use the login user's home).
   */
  public static Environment of(
      Map<String, String> variables, Path cwd, String userHome, String classPath) {
    Path home =
        Optional.ofNullable(variables.get("HOME"))
            .filter(h -> !h.isBlank())
            .map(Path::of)
            .filter(Path::isAbsolute)
            .orElseGet(() -> Path.of(userHome));
    return new Environment(variables, cwd, home, classPath);
  }

  private static String jvmClassPath() {
    return System.getProperty("java.class.path", "");
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
    return configDir().resolve("config.json");
  }

  /** cogsh's configuration folder: {@code $XDG_CONFIG_HOME/cogsh}, else {@code ~/.config/cogsh}. */
  public Path configDir() {
    return xdg("XDG_CONFIG_HOME", ".config").resolve("cogsh");
  }

  /** cogsh's data folder: {@code $XDG_DATA_HOME/cogsh}, else {@code ~/.local/share/cogsh}. */
  public Path dataDir() {
    return xdg("XDG_DATA_HOME", ".local/share").resolve("cogsh");
  }

  /** The shell's history file, in the data folder. */
  public Path historyFile() {
    return dataDir().resolve("history");
  }

  /** The user's own start-up script, run after the built-in one. */
  public Path userStartupScript() {
    return configDir().resolve("startup.jsh");
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
    return xdg("XDG_CACHE_HOME", ".cache").resolve("cogsh").resolve("identities.json");
  }

  /**
   * Where remembered devices are kept (device key, group key and device password per user pool and
   * user; owner-only): {@code $XDG_STATE_HOME/cogsh/devices.json}, else {@code
   * ~/.local/state/cogsh/devices.json}.
   */
  public Path deviceFile() {
    return xdg("XDG_STATE_HOME", ".local/state").resolve("cogsh").resolve("devices.json");
  }

  /**
   * cogsh's state folder: {@code $XDG_STATE_HOME/cogsh}, else {@code ~/.local/state/cogsh}. Holds
   * what is worth keeping between runs but is not configuration: the remembered sessions.
   */
  public Path stateDir() {
    return xdg("XDG_STATE_HOME", ".local/state").resolve("cogsh");
  }

  /** Where remembered sessions are kept, one owner-only file each: {@code <state>/sessions}. */
  public Path sessionsDir() {
    return stateDir().resolve("sessions");
  }

  /** An XDG base folder: the variable when it is an absolute path, else {@code ~/fallback}. */
  private Path xdg(String variable, String fallback) {
    // The XDG spec says a relative value is invalid and must be ignored.
    return variable(variable).map(Path::of).filter(Path::isAbsolute).orElse(home.resolve(fallback));
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
