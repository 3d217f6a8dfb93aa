package dev.cogsh.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Choosing among several imported APIs (or stages), naming profiles, checking the result. */
final class ImportChoices {

  private ImportChoices() {}

  /** The choice for the top level: the one named, the only one, or the first (saying so). */
  static ImportedConfig.Choice choose(ImportedConfig found, String api, List<String> messages) {
    List<ImportedConfig.Choice> choices = found.choices();
    if (choices.isEmpty()) {
      if (api != null) {
        messages.add("--api " + api + " ignored: the file names no API");
      }
      return null;
    }
    if (api != null) {
      for (ImportedConfig.Choice c : choices) {
        if (c.name().equals(api)) {
          return c;
        }
      }
      for (ImportedConfig.Choice c : choices) {
        if (c.name().equalsIgnoreCase(api) || sanitize(c.name()).equalsIgnoreCase(api)) {
          return c;
        }
      }
      String guess =
          Suggestions.closest(api, found.choiceNames())
              .map(n -> " — did you mean \"" + n + "\"?")
              .orElse("");
      throw new ConfigException(
          "no "
              + kind(found)
              + " named \""
              + api
              + "\" in "
              + found.source().getFileName()
              + "; found: "
              + String.join(", ", found.choiceNames())
              + guess,
          "pass --api with one of those names");
    }
    if (choices.size() > 1) {
      messages.add(
          choices.size()
              + " "
              + kind(found)
              + "s found ("
              + String.join(", ", found.choiceNames())
              + "): using \""
              + choices.get(0).name()
              + "\" (the first); choose another with --api"
              + " NAME");
    }
    return choices.get(0);
  }

  /** "API", or "stage" for the tutorial's per-stage objects. */
  static String kind(ImportedConfig found) {
    return found.format().contains("stages") ? "stage" : "API";
  }

  /** A profile name people can type: letters, digits, '.', '_' and '-'. */
  static String sanitize(String name) {
    String clean = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return clean.isEmpty() ? "api" : clean;
  }

  /** The profile name for another choice; never the profile the import itself writes. */
  static String profileName(String name, String baseProfile) {
    String clean = sanitize(name);
    String unique = clean;
    for (int n = 2; unique.equals(baseProfile); n++) {
      unique = clean + "-" + n;
    }
    return unique;
  }

  /**
   * What loading the result would report: each problem becomes a message; the errors that would
   * stop it from loading are also added to {@code failures}.
   */
  static List<String> check(ObjectNode result, Path target, String display, List<String> failures) {
    List<String> messages = new ArrayList<>();
    try {
      ConfigFile file = ConfigFile.of(target, display, result);
      validate(file.values(), null, display, messages, failures);
      for (Map.Entry<String, Map<Field, String>> p : file.profiles().entrySet()) {
        Map<Field, String> merged = new EnumMap<>(Field.class);
        merged.putAll(file.values());
        merged.putAll(p.getValue());
        validate(merged, p.getKey(), display, messages, failures);
      }
    } catch (ConfigException e) {
      messages.add("after the import, loading would fail: " + e.getMessage());
      failures.add(e.getMessage());
    }
    return messages;
  }

  private static void validate(
      Map<Field, String> values,
      String profile,
      String display,
      List<String> messages,
      List<String> failures) {
    Map<Field, Sourced> raw = new EnumMap<>(Field.class);
    Origin origin = profile == null ? Origin.file(display) : Origin.profile(profile, display);
    values.forEach((f, v) -> raw.put(f, new Sourced(v, origin)));
    try {
      ConfigValidator.validate(raw).warnings().stream()
          .filter(w -> !w.contains(" is not set:") || profile == null)
          .map(w -> (profile == null ? "" : "profile " + profile + ": ") + w)
          .filter(w -> !messages.contains(w))
          .forEach(messages::add);
    } catch (ConfigException e) {
      String where = profile == null ? "" : " (profile " + profile + ")";
      messages.add("after the import, loading would fail" + where + ": " + e.getMessage());
      failures.add((profile == null ? "" : "profile " + profile + ": ") + e.getMessage());
    }
  }
}
