package dev.cogsh.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code cogsh.json} as read: its top-level values, its profiles and the warnings about keys it
 * does not know. Reading checks the JSON and the types; the values themselves are checked later,
 * once the sources are merged ({@link ConfigValidator}).
 *
 * @param path the file
 * @param display the path as shown to the user
 * @param values the top-level values
 * @param profiles the profiles by name, in file order
 * @param warnings unknown keys and the like
 * @param remember the top-level {@code "remember": true}: keep the signed-in session between runs
 * @param trustedHosts the {@code trustedHosts} of the top level ({@code ""}) and of each profile
 *     that has some (its name)
 * @param sandboxHookToken the top-level {@code sandboxHooks.token} {@code cogsh sandbox
 *     --config-out} writes (the sandbox's test-hook token), or {@code null}
 */
record ConfigFile(
    Path path,
    String display,
    Map<Field, String> values,
    Map<String, Map<Field, String>> profiles,
    List<String> warnings,
    boolean remember,
    Map<String, List<String>> trustedHosts,
    String sandboxHookToken) {

  static final String PROFILES = "profiles";
  static final String REMEMBER = "remember";
  static final String SANDBOX_HOOKS = "sandboxHooks";
  private static final String HINT_JSON =
      "cogsh.json is strict JSON: keys and strings in double quotes, no comments, no trailing"
          + " commas";

  /** Reads and checks a configuration file. */
  static ConfigFile read(Path path, String display, ObjectMapper json) {
    return of(path, display, parse(path, display, json));
  }

  /** Checks an already parsed configuration object. */
  static ConfigFile of(Path path, String display, JsonNode root) {
    if (!root.isObject()) {
      throw new ConfigException(
          display + " must hold a JSON object ({ \"userPoolId\": … }), found " + kind(root),
          HINT_JSON);
    }
    List<String> warnings = new ArrayList<>();
    List<ConfigException.Problem> problems = new ArrayList<>();
    Map<Field, String> values = fields(root, display, "", warnings, problems, true);
    Map<String, List<String>> trusted = new LinkedHashMap<>();
    trusted.put(
        "", TrustedHosts.read(root.get(TrustedHosts.KEY), display, TrustedHosts.KEY, problems));
    Map<String, Map<Field, String>> profiles = new LinkedHashMap<>();
    JsonNode profileNodes = root.get(PROFILES);
    if (profileNodes != null && !profileNodes.isNull()) {
      if (!profileNodes.isObject()) {
        problems.add(typeProblem(display, PROFILES, "an object of profiles", profileNodes));
      } else {
        for (Map.Entry<String, JsonNode> profile : profileNodes.properties()) {
          String where = PROFILES + "." + profile.getKey();
          if (!profile.getValue().isObject()) {
            problems.add(typeProblem(display, where, "an object", profile.getValue()));
            continue;
          }
          profiles.put(
              profile.getKey(),
              fields(profile.getValue(), display, where + ".", warnings, problems, false));
          trusted.put(
              profile.getKey(),
              TrustedHosts.read(
                  profile.getValue().get(TrustedHosts.KEY),
                  display,
                  where + "." + TrustedHosts.KEY,
                  problems));
        }
      }
    }
    JsonNode remember = root.path(REMEMBER);
    if (!remember.isMissingNode() && !remember.isNull() && !remember.isBoolean()) {
      problems.add(typeProblem(display, REMEMBER, "true or false", remember));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new ConfigFile(
        path,
        display,
        Collections.unmodifiableMap(values),
        Collections.unmodifiableMap(profiles),
        List.copyOf(warnings),
        remember.asBoolean(false),
        Collections.unmodifiableMap(trusted),
        hookToken(root.path(SANDBOX_HOOKS)));
  }

  /** The file, without its values (some are secrets: the app client's, the hook token). */
  @Override
  public String toString() {
    return "ConfigFile[" + display + "]";
  }

  /** The {@code token} of a {@code sandboxHooks} object, when it is text. */
  private static String hookToken(JsonNode hooks) {
    JsonNode token = hooks.path("token");
    return token.isTextual() && !token.asText().isBlank() ? token.asText() : null;
  }

  /** The hosts trusted at the top level and, when {@code profile} is not null, in that profile. */
  List<String> trustedHosts(String profile) {
    List<String> hosts = new ArrayList<>(trustedHosts.getOrDefault("", List.of()));
    if (profile != null) {
      trustedHosts.getOrDefault(profile, List.of()).stream()
          .filter(h -> !hosts.contains(h))
          .forEach(hosts::add);
    }
    return List.copyOf(hosts);
  }

  /** Parses a file as strict JSON, reporting a syntax error with its line and column. */
  static JsonNode parse(Path path, String display, ObjectMapper json) {
    String text;
    try {
      text = TextFiles.readUtf8(path, display, "check the file's permissions");
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          display + " does not exist", "check the path, or run 'cogsh config import PATH'", e);
    }
    if (text.isBlank()) {
      throw new ConfigException(display + " is empty", "write a JSON object, or delete the file");
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String message = firstLine(e.getOriginalMessage());
      if (message.contains("double-quote to start field name")) {
        message += " (a trailing comma, or a key without double quotes?)";
      } else if (message.contains("ALLOW_COMMENTS")) {
        message = "comments are not allowed in JSON";
      } else if (message.contains("ALLOW_SINGLE_QUOTES")) {
        message = "strings need double quotes, not single quotes";
      }
      throw new ConfigException(
          display + " is not valid JSON" + where + ": " + message, HINT_JSON, e);
    }
  }

  /** Reads the known keys of one configuration object; reports the unknown ones. */
  private static Map<Field, String> fields(
      JsonNode object,
      String display,
      String prefix,
      List<String> warnings,
      List<ConfigException.Problem> problems,
      boolean topLevel) {
    Map<Field, String> values = new EnumMap<>(Field.class);
    List<String> known = new ArrayList<>(Field.topLevelKeys());
    known.add("endpoints");
    if (topLevel) {
      known.add(PROFILES);
    }
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      // sandboxHooks: the test-hook token `cogsh sandbox --config-out` writes (sandboxHookToken)
      if ((key.equals(PROFILES) || key.equals(REMEMBER)) && topLevel
          || key.equals("$schema")
          || key.equals(TrustedHosts.KEY)
          || key.equals(SANDBOX_HOOKS)) {
        continue;
      }
      if (key.equals("endpoints")) {
        endpoints(value, display, prefix, values, warnings, problems);
      } else if (known.contains(key) && Field.byKey(key).orElseThrow().list() && value.isArray()) {
        words(value, display, prefix + key, problems)
            .ifPresent(v -> values.put(Field.byKey(key).orElseThrow(), v));
      } else if (known.contains(key)) {
        text(value, display, prefix + key, problems)
            .ifPresent(v -> values.put(Field.byKey(key).orElseThrow(), v));
      } else {
        warnings.add(unknownKey(display, prefix, key, known));
      }
    }
    return values;
  }

  private static void endpoints(
      JsonNode node,
      String display,
      String prefix,
      Map<Field, String> values,
      List<String> warnings,
      List<ConfigException.Problem> problems) {
    if (node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      problems.add(typeProblem(display, prefix + "endpoints", "an object", node));
      return;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = "endpoints." + entry.getKey();
      if (Field.endpointKeys().contains(entry.getKey())) {
        text(entry.getValue(), display, prefix + key, problems)
            .ifPresent(v -> values.put(Field.byKey(key).orElseThrow(), v));
      } else {
        warnings.add(
            unknownKey(display, prefix + "endpoints.", entry.getKey(), Field.endpointKeys()));
      }
    }
  }

  private static Optional<String> text(
      JsonNode node, String display, String key, List<ConfigException.Problem> problems) {
    if (node.isNull() || node.isTextual() && node.textValue().isEmpty()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problems.add(typeProblem(display, key, "a string", node));
      return Optional.empty();
    }
    return Optional.of(node.textValue());
  }

  /** An array of strings as space-separated text (empty arrays are unset). */
  private static Optional<String> words(
      JsonNode node, String display, String key, List<ConfigException.Problem> problems) {
    List<String> items = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual() || item.textValue().isBlank() || item.textValue().contains(" ")) {
        problems.add(typeProblem(display, key, "an array of words without spaces", item));
        return Optional.empty();
      }
      items.add(item.textValue());
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", items));
  }

  private static String unknownKey(String display, String prefix, String key, List<String> known) {
    String text = display + ": unknown key \"" + prefix + key + "\" (ignored)";
    return Suggestions.closest(key, known)
        .map(k -> text + " — did you mean \"" + prefix + k + "\"?")
        .orElse(text + "; known keys: " + String.join(", ", known));
  }

  private static ConfigException.Problem typeProblem(
      String display, String key, String expected, JsonNode found) {
    String shown = found.isContainerNode() ? "" : " (" + found.toString() + ")";
    return new ConfigException.Problem(
        key,
        key + " in " + display + " must be " + expected + ", found " + kind(found) + shown,
        "write "
            + key
            + " as "
            + expected
            + (expected.equals("a string") ? ", in double quotes" : ""));
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
