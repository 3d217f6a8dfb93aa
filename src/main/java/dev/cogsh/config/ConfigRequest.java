package dev.cogsh.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the command line asked for: {@code --config FILE}, {@code --profile NAME}, {@code --sandbox}
 * and explicit values for single fields (the strongest source).
 *
 * @param configFile {@code --config FILE}, or {@code null} to look for {@code ./cogsh.json} and the
 *     user configuration file
 * @param profile {@code --profile NAME}, or {@code null} (then {@code COGSH_PROFILE} decides)
 * @param overrides field values given as flags; the key is the field's key ({@link Field#key()})
 *     and the value the flag's text
 * @param sandbox {@code --sandbox}: use the built-in sandbox whatever else is configured
 */
public record ConfigRequest(
    Path configFile, String profile, Map<Field, String> overrides, boolean sandbox) {

  public ConfigRequest {
    overrides = Map.copyOf(overrides == null ? Map.of() : overrides);
    profile = profile == null || profile.isBlank() ? null : profile.strip();
  }

  /** No flags at all: environment, files, then the sandbox. */
  public static ConfigRequest none() {
    return new ConfigRequest(null, null, Map.of(), false);
  }

  /** A copy with {@code --config FILE}. */
  public ConfigRequest withConfigFile(Path file) {
    return new ConfigRequest(file, profile, overrides, sandbox);
  }

  /** A copy with {@code --profile NAME}; {@code null} means no profile flag. */
  public ConfigRequest withProfile(String name) {
    return new ConfigRequest(configFile, name, overrides, sandbox);
  }

  /** A copy with {@code --sandbox}. */
  public ConfigRequest withSandbox(boolean useSandbox) {
    return new ConfigRequest(configFile, profile, overrides, useSandbox);
  }

  /** A copy with one more flag value ({@code null} removes it). */
  public ConfigRequest with(Field field, String value) {
    Map<Field, String> copy = new LinkedHashMap<>(overrides);
    if (value == null) {
      copy.remove(field);
    } else {
      copy.put(field, value);
    }
    return new ConfigRequest(configFile, profile, copy, sandbox);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ConfigRequest[configFile=").append(configFile);
    text.append(", profile=").append(profile).append(", overrides={");
    overrides.forEach((f, v) -> text.append(f.key()).append('=').append(f.display(v)).append(' '));
    return text.append("}, sandbox=").append(sandbox).append(']').toString();
  }
}
