package dev.cogsh.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the configuration (DESIGN §3.1): flags &gt; environment ({@code COGSH_*}) &gt; one
 * configuration file ({@code --config FILE}, else {@code ./cogsh.json}, else {@code
 * ~/.config/cogsh/config.json}), a selected profile's values over that file's top-level values &gt;
 * the built-in sandbox when nothing names a user pool, an identity pool or an API.
 *
 * <p>The loader never looks at the real environment: it is given one ({@link Environment}). It does
 * not start the sandbox either; {@link ResolvedConfig#useSandbox()} tells the caller to.
 */
public final class ConfigLoader {

  /** Fields that mean "a real configuration"; with none of them the sandbox starts. */
  private static final List<Field> IDENTIFYING =
      List.of(Field.USER_POOL_ID, Field.APP_CLIENT_ID, Field.IDENTITY_POOL_ID, Field.API_URL);

  private final Environment environment;

  public ConfigLoader(Map<String, String> env, Path cwd, Path home) {
    this(new Environment(env, cwd, home));
  }

  public ConfigLoader(Environment environment) {
    this.environment = environment;
  }

  /** A loader over the real process environment, working directory and home. */
  public static ConfigLoader system() {
    return new ConfigLoader(Environment.system());
  }

  /** The environment this loader reads. */
  public Environment environment() {
    return environment;
  }

  /** Resolves the configuration for these flags; throws {@link ConfigException} when invalid. */
  public ResolvedConfig load(ConfigRequest request) {
    return load(request, "--profile");
  }

  /**
   * As {@link #load(ConfigRequest)}, naming {@code profileSelector} (e.g. the shell's {@code
   * /config use}) as what chose the request's profile, so messages point at what the user typed.
   */
  ResolvedConfig load(ConfigRequest request, String profileSelector) {
    List<String> searched = searched(request);
    if (request.sandbox()) {
      return ResolvedConfig.sandbox(
          this, request, null, null, "--sandbox was given", Map.of(), List.of(), searched, null);
    }
    ConfigFile file = findFile(request).orElse(null);
    String profile = request.profile();
    Origin profileOrigin = profile == null ? null : Origin.flag(profileSelector);
    if (profile == null) {
      profile = environment.variable(Field.PROFILE_VARIABLE).map(String::strip).orElse(null);
      profileOrigin = profile == null ? null : Origin.env(Field.PROFILE_VARIABLE);
    }

    Map<Field, Sourced> raw = new EnumMap<>(Field.class);
    List<String> warnings = new ArrayList<>();
    if (file != null) {
      warnings.addAll(file.warnings());
      file.values().forEach((f, v) -> raw.put(f, new Sourced(v, Origin.file(file.display()))));
    }
    if (profile != null) {
      Map<Field, String> values = profileValues(file, profile, profileOrigin, searched);
      String display = file.display();
      String name = profile;
      values.forEach((f, v) -> raw.put(f, new Sourced(v, Origin.profile(name, display))));
    }
    for (Field field : Field.values()) {
      Optional<String> variable = field.variable().flatMap(environment::variable);
      variable.ifPresent(v -> raw.put(field, new Sourced(v, Origin.env(field.variable().get()))));
    }
    request.overrides().forEach((f, v) -> raw.put(f, new Sourced(v, Origin.flag(null))));

    if (IDENTIFYING.stream().noneMatch(raw::containsKey)) {
      ConfigValidator.Validated partial = ConfigValidator.validate(raw);
      warnings.addAll(
          partial.warnings().stream().filter(w -> !w.contains(" is not set:")).toList());
      return ResolvedConfig.sandbox(
          this,
          request,
          file,
          profile,
          "no user pool, identity pool or API is configured",
          partial.origins(),
          warnings,
          searched,
          partial.config());
    }
    ConfigValidator.Validated validated = ConfigValidator.validate(raw);
    warnings.addAll(validated.warnings());
    return ResolvedConfig.of(
        this, request, validated, file, profile, profileOrigin, warnings, searched);
  }

  private Optional<ConfigFile> findFile(ConfigRequest request) {
    if (request.configFile() != null) {
      Path path = environment.cwd().resolve(request.configFile());
      return Optional.of(ConfigFile.read(path, environment.display(path), Json.MAPPER));
    }
    for (Path path : List.of(environment.projectConfigFile(), environment.userConfigFile())) {
      if (Files.isRegularFile(path)) {
        return Optional.of(ConfigFile.read(path, environment.display(path), Json.MAPPER));
      }
    }
    return Optional.empty();
  }

  private static Map<Field, String> profileValues(
      ConfigFile file, String profile, Origin origin, List<String> searched) {
    String selected = "profile \"" + profile + "\" (selected by " + origin.describe() + ")";
    if (file == null) {
      throw new ConfigException(
          selected
              + " needs a configuration file, and none was found (looked for "
              + String.join(", ", searched)
              + ")",
          "profiles live under \"profiles\" in cogsh.json; run 'cogsh config import PATH' to"
              + " write one");
    }
    Map<Field, String> values = file.profiles().get(profile);
    if (values == null) {
      String known =
          file.profiles().isEmpty()
              ? "it has no profiles"
              : "its profiles: " + String.join(", ", file.profiles().keySet());
      String guess =
          Suggestions.closest(profile, file.profiles().keySet())
              .map(p -> " — did you mean \"" + p + "\"?")
              .orElse("");
      throw new ConfigException(
          selected + " is not in " + file.display() + "; " + known + guess,
          "add it under \"profiles\" in " + file.display() + ", or choose one of its profiles");
    }
    return values;
  }

  private List<String> searched(ConfigRequest request) {
    if (request.configFile() != null) {
      return List.of(environment.display(environment.cwd().resolve(request.configFile())));
    }
    return List.of(
        environment.display(environment.projectConfigFile()),
        environment.display(environment.userConfigFile()));
  }

  /** Made at the first file read: a sandbox start with no file never pays Jackson's set-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
