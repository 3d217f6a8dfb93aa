package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Merges imported values into a copy of a configuration object, recording each key's fate. */
final class ImportMerge {

  private final ObjectNode work;
  private final boolean force;
  private final List<ImportPlan.Change> changes = new ArrayList<>();

  ImportMerge(ObjectNode before, boolean force) {
    this.work = before.deepCopy();
    this.force = force;
  }

  /** Puts {@code values} under the dotted {@code prefix} ("" or "profiles.NAME."). */
  void apply(String prefix, Map<Field, String> values) {
    for (Field field : Field.values()) {
      String value = values.get(field);
      if (value == null) {
        continue;
      }
      String key = prefix + field.key();
      String[] path = key.split("\\.");
      ObjectNode parent = work;
      for (int i = 0; i < path.length - 1; i++) {
        JsonNode child = parent.get(path[i]);
        if (!(child instanceof ObjectNode)) {
          child = parent.putObject(path[i]);
        }
        parent = (ObjectNode) child;
      }
      String name = path[path.length - 1];
      JsonNode existing = parent.get(name);
      String before =
          existing == null || existing.isNull()
              ? null
              : existing.isTextual()
                  ? existing.textValue()
                  : field.list() && existing.isArray() ? joined(existing) : existing.toString();
      ImportPlan.Action action;
      if (before == null) {
        action = ImportPlan.Action.ADD;
      } else if (before.equals(value)) {
        action = ImportPlan.Action.KEEP;
      } else {
        action = force ? ImportPlan.Action.REPLACE : ImportPlan.Action.CONFLICT;
      }
      if (action == ImportPlan.Action.ADD || action == ImportPlan.Action.REPLACE) {
        if (field.list()) {
          com.fasterxml.jackson.databind.node.ArrayNode items = parent.putArray(name);
          for (String item : value.split(" ")) {
            items.add(item);
          }
        } else {
          parent.put(name, value);
        }
      }
      changes.add(
          new ImportPlan.Change(
              key, before == null ? null : field.display(before), field.display(value), action));
    }
  }

  /** The top-level value of a field in the merged object, or {@code null}. */
  String topLevel(Field field) {
    JsonNode node = work;
    for (String part : field.key().split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  List<ImportPlan.Change> changes() {
    return changes;
  }

  /** The merged object with {@code profiles} moved last, where people expect it. */
  ObjectNode result() {
    ObjectNode ordered = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> e : work.properties()) {
      if (!e.getKey().equals(ConfigFile.PROFILES)) {
        ordered.set(e.getKey(), e.getValue());
      }
    }
    if (work.has(ConfigFile.PROFILES)) {
      ordered.set(ConfigFile.PROFILES, work.get(ConfigFile.PROFILES));
    }
    return ordered;
  }

  private static String joined(JsonNode array) {
    List<String> items = new java.util.ArrayList<>();
    array.forEach(item -> items.add(item.asText()));
    return String.join(" ", items);
  }
}
