package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects values and notes while one front-end format is read; tolerant of key spelling. */
final class Extraction {

  final Map<Field, String> values = new EnumMap<>(Field.class);
  final List<ImportedConfig.Choice> choices = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  /** The member of {@code object} whose key folds to {@code name} (case and _ ignored). */
  static Optional<JsonNode> member(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return Optional.empty();
    }
    JsonNode exact = object.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    String folded = Suggestions.fold(name);
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (Suggestions.fold(e.getKey()).equals(folded)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The first of several spellings present in {@code object}. */
  static Optional<JsonNode> member(JsonNode object, List<String> names) {
    for (String name : names) {
      Optional<JsonNode> found = member(object, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Copies {@code object.key} into {@code into} as {@code field}, or notes why it cannot. */
  void take(Map<Field, String> into, Field field, JsonNode object, String key, String path) {
    member(object, key).flatMap(node -> text(node, path + key)).ifPresent(v -> into.put(field, v));
  }

  /** Takes into the shared values. */
  void take(Field field, JsonNode object, String key, String path) {
    take(values, field, object, key, path);
  }

  /** A node's text when it is a usable literal; otherwise a note saying why it was skipped. */
  Optional<String> text(JsonNode node, String path) {
    Optional<String> expression = JsModule.expression(node);
    if (expression.isPresent()) {
      notes.add(
          path
              + " is `"
              + expression.get()
              + "`, computed when the app is built or run: not imported (set it in cogsh.json"
              + " or the environment)");
      return Optional.empty();
    }
    if (node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      notes.add(path + " is not a string (" + node + "): not imported");
      return Optional.empty();
    }
    String text = node.textValue().strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> placeholder = IdentifierShapes.placeholder(text);
    if (placeholder.isPresent()) {
      notes.add(path + " is still the placeholder \"" + text + "\": not imported");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * Adds an API endpoint choice; a name is made up from the host when there is none. A trailing
   * {@code /} (Amplify Gen 2 writes one) is removed here, so the written file does not warn on
   * every load.
   */
  void endpoint(String name, String url, String region) {
    Map<Field, String> v = new EnumMap<>(Field.class);
    String trimmed = url.replaceAll("/+$", "");
    if (!trimmed.equals(url) && trimmed.contains("://")) {
      notes.add(url + ": removed the trailing '/' (request paths start with '/')");
    } else {
      trimmed = url;
    }
    v.put(Field.API_URL, trimmed);
    if (region != null) {
      v.put(Field.API_REGION, region);
    }
    String base = name == null || name.isBlank() ? "api" : name;
    String unique = base;
    for (int n = 2; choiceNamed(unique); n++) {
      unique = base + "-" + n;
    }
    choices.add(new ImportedConfig.Choice(unique, v));
  }

  private boolean choiceNamed(String name) {
    return choices.stream().anyMatch(c -> c.name().equals(name));
  }
}
