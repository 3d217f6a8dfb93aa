package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/**
 * What a record of a {@code --state} collection must hold to be used: the text fields that key it
 * or link it to other records, and the objects it carries. A record that lacks one is refused at
 * start ({@link StateStore#load(String, RecordShape)}), never half-used: an identity without its id
 * would become a new identity at the next sign-in, orphaning its notes, as a user without its
 * {@code sub} would.
 *
 * @param noun what the record is, after "is not": {@code "an identity record"}
 * @param ifDeleted what deleting the file does, after "restore it from a backup, or"
 * @param texts fields that must be non-blank text
 * @param objects fields that must be JSON objects
 * @param more a further check, giving the problem or {@code null}
 */
record RecordShape(
    String noun,
    String ifDeleted,
    List<String> texts,
    List<String> objects,
    Function<JsonNode, String> more) {

  static RecordShape of(String noun, String ifDeleted, String... texts) {
    return new RecordShape(noun, ifDeleted, List.of(texts), List.of(), n -> null);
  }

  RecordShape withObjects(String... fields) {
    return new RecordShape(noun, ifDeleted, texts, List.of(fields), more);
  }

  RecordShape with(Function<JsonNode, String> check) {
    return new RecordShape(noun, ifDeleted, texts, objects, check);
  }

  /** What is wrong with {@code n}, in a few words, or {@code null} when it is usable. */
  String problem(JsonNode n) {
    if (!n.isObject()) {
      return "not a JSON object";
    }
    for (String field : texts) {
      if (!n.path(field).isTextual() || n.path(field).asText().isBlank()) {
        return "\"" + field + "\" is missing";
      }
    }
    for (String field : objects) {
      if (!n.path(field).isObject()) {
        return "\"" + field + "\" is missing";
      }
    }
    return more.apply(n);
  }
}
