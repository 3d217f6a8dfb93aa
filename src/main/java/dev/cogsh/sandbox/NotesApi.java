package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The notes app of the serverless-stack tutorial: {@code POST/GET /notes}, {@code GET/PUT/DELETE
 * /notes/{id}}. A note belongs to the caller's {@code cognitoIdentityId}; someone else's note is
 * "not found", as the tutorial's DynamoDB key makes it.
 */
final class NotesApi {
  private static final String NOTES = "notes";

  /** One note as the tutorial stores it. */
  record Note(String noteId, String userId, JsonNode content, JsonNode attachment, long createdAt) {
    ObjectNode toJson() {
      ObjectNode json = Json.object().put("userId", userId).put("noteId", noteId);
      json.set("content", content);
      json.set("attachment", attachment);
      return json.put("createdAt", createdAt);
    }

    static Note fromJson(JsonNode n) {
      return new Note(
          n.path("noteId").asText(),
          n.path("userId").asText(),
          n.path("content").isMissingNode() ? NullNode.getInstance() : n.get("content"),
          n.path("attachment").isMissingNode() ? NullNode.getInstance() : n.get("attachment"),
          n.path("createdAt").asLong());
    }
  }

  private final Clock clock;
  private final RandomIds ids;
  private final StateStore store;
  private final Map<String, Note> notes = new ConcurrentHashMap<>();

  NotesApi(Clock clock, RandomIds ids, StateStore store) throws IOException {
    this.clock = clock;
    this.ids = ids;
    this.store = store;
    for (JsonNode n : store.load(NOTES)) {
      Note note = Note.fromJson(n);
      notes.put(note.noteId(), note);
    }
  }

  /** {@code POST /notes}: creates a note and answers it. */
  Reply create(String identityId, byte[] body) {
    JsonNode data = body(body);
    return ok(add(identityId, field(data, "content"), field(data, "attachment")).toJson());
  }

  /** Stores a new note of {@code identityId} (also AppSync's {@code createNote}). */
  Note add(String identityId, JsonNode content, JsonNode attachment) {
    Note note =
        new Note(ids.uuid(), identityId, content, attachment, clock.instant().toEpochMilli());
    notes.compute(
        note.noteId(),
        (id, old) -> {
          store.put(NOTES, id, note::toJson);
          return note;
        });
    return note;
  }

  /** {@code GET /notes}: the caller's notes, oldest first. */
  Reply list(String identityId) {
    ArrayNode list = Json.array();
    of(identityId).forEach(n -> list.add(n.toJson()));
    return ok(list);
  }

  /** The notes of {@code identityId}, oldest first (also AppSync's {@code notes}). */
  List<Note> of(String identityId) {
    return notes.values().stream()
        .filter(n -> n.userId().equals(identityId))
        .sorted(Comparator.comparingLong(Note::createdAt).thenComparing(Note::noteId))
        .toList();
  }

  /** {@code GET /notes/{id}}. */
  Reply get(String identityId, String noteId) {
    Note note = notes.get(noteId);
    if (note == null || !note.userId().equals(identityId)) {
      return notFound();
    }
    return ok(note.toJson());
  }

  /** {@code PUT /notes/{id}}: replaces content and attachment. */
  Reply update(String identityId, String noteId, byte[] body) {
    JsonNode data = body(body);
    boolean[] found = {false};
    notes.computeIfPresent(
        noteId,
        (id, old) -> {
          if (!old.userId().equals(identityId)) {
            return old;
          }
          found[0] = true;
          Note changed =
              new Note(
                  id,
                  old.userId(),
                  field(data, "content"),
                  field(data, "attachment"),
                  old.createdAt());
          store.put(NOTES, id, changed::toJson);
          return changed;
        });
    return found[0] ? ok(Json.object().put("status", true)) : notFound();
  }

  /** {@code DELETE /notes/{id}}. */
  Reply delete(String identityId, String noteId) {
    boolean[] found = {false};
    notes.computeIfPresent(
        noteId,
        (id, old) -> {
          if (!old.userId().equals(identityId)) {
            return old;
          }
          found[0] = true;
          store.delete(NOTES, id);
          return null;
        });
    return found[0] ? ok(Json.object().put("status", true)) : notFound();
  }

  int size() {
    return notes.size();
  }

  private static JsonNode body(byte[] body) {
    JsonNode data = body.length == 0 ? Json.object() : Json.parseOrNull(body);
    if (data == null || !data.isObject()) {
      throw new BadRequest("Request body must be a JSON object such as {\"content\":\"hello\"}.");
    }
    return data;
  }

  private static JsonNode field(JsonNode data, String name) {
    JsonNode value = data.get(name);
    return value == null ? NullNode.getInstance() : value;
  }

  private static Reply ok(JsonNode body) {
    return Reply.json(200, Reply.JSON, body);
  }

  private static Reply notFound() {
    return Reply.json(404, Reply.JSON, Json.object().put("error", "Item not found."));
  }

  /** A request the tutorial's handler would reject: answered 400 {@code {"error": …}}. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message, null, false, false);
    }

    Reply reply() {
      return Reply.json(400, Reply.JSON, Json.object().put("error", getMessage()));
    }
  }
}
