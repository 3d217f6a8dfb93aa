package dev.cogsh.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of {@link ConfigLoader#load}: the effective configuration, or the instruction to
 * start the built-in sandbox, with where each value came from and the warnings to show.
 */
public final class ResolvedConfig {

  private final ConfigLoader loader;
  private final ConfigRequest request;
  private final Config config;
  private final Config overlay;
  private final String sandboxReason;
  private final Map<String, Origin> origins;
  private final List<String> warnings;
  private final ConfigFile file;
  private final String profile;
  private final Origin profileOrigin;
  private final List<String> searched;

  private ResolvedConfig(
      ConfigLoader loader,
      ConfigRequest request,
      Config config,
      Config overlay,
      String sandboxReason,
      Map<Field, Origin> origins,
      List<String> warnings,
      ConfigFile file,
      String profile,
      Origin profileOrigin,
      List<String> searched) {
    this.loader = loader;
    this.request = request;
    this.config = config;
    this.overlay = overlay;
    this.sandboxReason = sandboxReason;
    Map<String, Origin> byKey = new LinkedHashMap<>();
    for (Field field : Field.values()) {
      Origin origin = origins.get(field);
      if (origin != null) {
        byKey.put(field.key(), origin);
      }
    }
    this.origins = Collections.unmodifiableMap(byKey);
    this.warnings = List.copyOf(warnings);
    this.file = file;
    this.profile = profile;
    this.profileOrigin = profileOrigin;
    this.searched = List.copyOf(searched);
  }

  static ResolvedConfig of(
      ConfigLoader loader,
      ConfigRequest request,
      ConfigValidator.Validated validated,
      ConfigFile file,
      String profile,
      Origin profileOrigin,
      List<String> warnings,
      List<String> searched) {
    return new ResolvedConfig(
        loader,
        request,
        validated.config(),
        null,
        null,
        validated.origins(),
        warnings,
        file,
        profile,
        profileOrigin,
        searched);
  }

  static ResolvedConfig sandbox(
      ConfigLoader loader,
      ConfigRequest request,
      ConfigFile file,
      String profile,
      String reason,
      Map<Field, Origin> origins,
      List<String> warnings,
      List<String> searched,
      Config overlay) {
    return new ResolvedConfig(
        loader, request, null, overlay, reason, origins, warnings, file, profile, null, searched);
  }

  /** The effective configuration; empty when the sandbox should start. */
  public Optional<Config> config() {
    return Optional.ofNullable(config);
  }

  /** True when no configuration was found (or {@code --sandbox} was given): start the sandbox. */
  public boolean useSandbox() {
    return config == null;
  }

  /**
   * The sandbox's configuration with what the user did configure laid over it: a {@code
   * COGSH_USERNAME} or {@code COGSH_PASSWORD}, for example. Returns {@code sandboxConfig} unchanged
   * when there is nothing to lay over, and the effective configuration when not in sandbox mode.
   */
  public Config overlay(Config sandboxConfig) {
    if (config != null) {
      return config;
    }
    if (overlay == null) {
      return sandboxConfig;
    }
    return sandboxConfig.toBuilder() // managed login stays on the sandbox's own endpoints
        .username(overlay.username() != null ? overlay.username() : sandboxConfig.username())
        .password(overlay.password() != null ? overlay.password() : sandboxConfig.password())
        .apiAuth(overlay.apiAuth().isDefault() ? sandboxConfig.apiAuth() : overlay.apiAuth())
        .authFlow(overlay.authFlow())
        .build();
  }

  /** For each configured field key ({@link Field#key()}), where its value came from. */
  public Map<String, Origin> origins() {
    return origins;
  }

  /** Problems worth showing that do not stop cogsh: unknown keys, normalised values. */
  public List<String> warnings() {
    return warnings;
  }

  /** The configuration file used, if any. */
  public Optional<Path> file() {
    return Optional.ofNullable(file).map(ConfigFile::path);
  }

  /** The active profile, if any. */
  public Optional<String> profile() {
    return Optional.ofNullable(profile);
  }

  /**
   * Whether the configuration file says {@code "remember": true} (keep the session between runs).
   */
  public boolean remember() {
    return file != null && file.remember();
  }

  /**
   * The configuration file's {@code trustedHosts}: the top level's and the active profile's (host
   * names and {@code *.domain} patterns, lower case); empty without a file.
   */
  public List<String> trustedHosts() {
    return file == null ? List.of() : file.trustedHosts(profile);
  }

  /**
   * The test-hook token of a sandbox started apart, as its {@code --config-out} file holds it
   * ({@code sandboxHooks.token}); empty without a file or the key.
   */
  public Optional<String> sandboxHookToken() {
    return Optional.ofNullable(file).map(ConfigFile::sandboxHookToken);
  }

  /** The profiles the configuration file defines, in file order. */
  public List<String> profiles() {
    return file == null ? List.of() : List.copyOf(file.profiles().keySet());
  }

  /**
   * Resolves again with another profile, as {@code /config use NAME} does: the profile replaces
   * {@code --profile} and {@code COGSH_PROFILE}. {@code null} means the file's top-level values.
   * Flags and environment keep their precedence.
   */
  public ResolvedConfig withProfile(String name) {
    ConfigLoader reloader = loader;
    if (name == null) {
      // An explicit "no profile" must also beat COGSH_PROFILE.
      Map<String, String> env = new LinkedHashMap<>(loader.environment().variables());
      env.remove(Field.PROFILE_VARIABLE);
      Environment e = loader.environment();
      reloader = new ConfigLoader(new Environment(env, e.cwd(), e.home(), e.classPath()));
    }
    return reloader.load(request.withProfile(name).withSandbox(false), "/config use");
  }

  /** The table {@code /config} prints: every field, its value (secrets masked) and its source. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    if (useSandbox()) {
      out.append("No configuration in use (")
          .append(sandboxReason)
          .append("): the built-in sandbox provides it.\n");
      out.append("Looked for: flags, COGSH_* environment variables, ")
          .append(String.join(", ", searched))
          .append('\n');
    } else {
      out.append("Configuration")
          .append(file == null ? " from flags and environment" : " from " + file.display())
          .append(profile == null ? "" : ", profile " + profile + " (" + profileOrigin + ")")
          .append('\n');
    }
    Config shown = config != null ? config : overlay;
    if (shown != null) {
      ConfigTable.rows(shown, origins, useSandbox(), out);
    }
    List<String> names = profiles();
    if (!names.isEmpty()) {
      List<String> marked = new ArrayList<>();
      names.forEach(n -> marked.add(n.equals(profile) ? n + " (active)" : n));
      out.append("Profiles: ").append(String.join(", ", marked)).append(" — /config use NAME\n");
    }
    warnings.forEach(w -> out.append("warning: ").append(w).append('\n'));
    return out.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
