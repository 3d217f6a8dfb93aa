package dev.cogsh.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ConfigImporter#read} found in a front end's configuration file.
 *
 * @param source the file read
 * @param format which kind of file it was, e.g. {@code "Amplify aws-exports.js"}
 * @param values the values every choice shares (pool ids, app client id, region)
 * @param choices the APIs (or stages) found; one of them becomes the top level, the others profiles
 * @param notes what was skipped and why (expressions computed at build time, placeholders, keys
 *     cogsh does not use)
 */
public record ImportedConfig(
    Path source,
    String format,
    Map<Field, String> values,
    List<Choice> choices,
    List<String> notes) {

  public ImportedConfig {
    values = inFieldOrder(values);
    choices = List.copyOf(choices);
    notes = List.copyOf(notes);
  }

  /**
   * One API endpoint, or one stage of a configuration with several.
   *
   * @param name the name the front end gives it (an Amplify API name, a {@code const} name)
   * @param values its values (at least {@code apiUrl} for an endpoint)
   */
  public record Choice(String name, Map<Field, String> values) {
    public Choice {
      values = inFieldOrder(values);
    }

    /** One line for a menu: {@code notes https://…/prod (us-east-1)}. */
    public String describe() {
      String url = values.getOrDefault(Field.API_URL, "(no apiUrl)");
      String region = values.get(Field.API_REGION);
      return name + "  " + url + (region == null ? "" : " (" + region + ")");
    }
  }

  /**
   * An unmodifiable copy that lists the fields in {@link Field} order (what {@code config import}
   * prints), where {@code Map.copyOf} would list them in an order that changes from run to run.
   */
  private static Map<Field, String> inFieldOrder(Map<Field, String> values) {
    Map<Field, String> copy = new EnumMap<>(Field.class);
    copy.putAll(values);
    return Collections.unmodifiableMap(copy);
  }

  /** The names of the choices, in file order. */
  public List<String> choiceNames() {
    return choices.stream().map(Choice::name).toList();
  }

  /** A readable summary of what was found (no secrets: front-end files hold none). */
  public String describe(Environment environment) {
    StringBuilder out = new StringBuilder();
    out.append("Found in ")
        .append(environment.display(source))
        .append(" (")
        .append(format)
        .append("):\n");
    for (Field field : Field.values()) {
      String value = values.get(field);
      if (value != null) {
        out.append("  ").append(field.key()).append(": ").append(field.display(value)).append('\n');
      }
    }
    if (choices.size() == 1) {
      choices
          .get(0)
          .values()
          .forEach(
              (f, v) ->
                  out.append("  ").append(f.key()).append(": ").append(f.display(v)).append('\n'));
    } else if (choices.size() > 1) {
      out.append("  ").append(choices.size()).append(" choices:\n");
      for (int i = 0; i < choices.size(); i++) {
        out.append("    ")
            .append(i + 1)
            .append(". ")
            .append(choices.get(i).describe())
            .append('\n');
      }
    }
    notes.forEach(n -> out.append("  note: ").append(n).append('\n'));
    return out.toString();
  }
}
