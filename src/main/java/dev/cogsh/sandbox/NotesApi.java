package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The notes app of the serverless-stack tutorial: {@code POST/GET /notes}, {@code GET/PUT/DELETE
 * /notes/{id}}. A note belongs to the caller's {@code cognitoIdentityId}; someone else's note is
 * "not found", as the tutorial's DynamoDB key makes it.
 *
 * <p>Notes are kept by owner, as the tutorial's table is keyed ({@code userId}, {@code noteId}):
 * listing reads the caller's notes only, never the whole pool's. The pool holds at most {@link
 * StoreLimits#maxNotes()} notes; one more is refused with {@code LimitExceededException}.
 */
final class NotesApi {
  private static final String NOTES = "notes";

  /** One note as the tutorial stores it. */
  record Note(String noteId, String userId, JsonNode content, JsonNode attachment, long createdAt) {
    /** A note: without its owner it would be kept, counted and never listed. */
    static final RecordShape SHAPE =
        RecordShape.of("a note record", "delete it to forget that note", "noteId", "userId");

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
  private final StoreLimits limits;
  // owner (cognitoIdentityId) -> note id -> note
  private final Map<String, Map<String, Note>> byOwner = new ConcurrentHashMap<>();
  private final AtomicInteger count = new AtomicInteger();
  private final LongAdder examined = new LongAdder(); // notes read by list(): the index's cost

  NotesApi(Clock clock, RandomIds ids, StateStore store, StoreLimits limits) throws IOException {
    this.clock = clock;
    this.ids = ids;
    this.store = store;
    this.limits = limits;
    for (JsonNode n : store.load(NOTES, Note.SHAPE)) {
      Note note = Note.fromJson(n);
      if (notesOf(note.userId()).put(note.noteId(), note) == null) {
        count.incrementAndGet(); // kept even beyond the cap: the state is never cut short
      }
    }
  }

  private Map<String, Note> notesOf(String owner) {
    return byOwner.computeIfAbsent(owner, o -> new ConcurrentHashMap<>());
  }

  /** The owner's notes, or a new empty map that nothing keeps (never written to). */
  private Map<String, Note> existingNotesOf(String owner) {
    Map<String, Note> mine = byOwner.get(owner);
    return mine == null ? new ConcurrentHashMap<>() : mine;
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
    if (count.incrementAndGet() > limits.maxNotes()) {
      count.decrementAndGet();
      throw limits.notesFull();
    }
    try {
      notesOf(identityId)
          .compute(
              note.noteId(),
              (id, old) -> {
                store.put(NOTES, id, note::toJson);
                return note;
              });
    } catch (RuntimeException e) {
      count.decrementAndGet(); // not stored: the slot is free again
      throw e;
    }
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
    List<Note> mine = new ArrayList<>(existingNotesOf(identityId).values());
    examined.add(mine.size());
    mine.sort(Comparator.comparingLong(Note::createdAt).thenComparing(Note::noteId));
    return mine;
  }

  /** {@code GET /notes/{id}}. */
  Reply get(String identityId, String noteId) {
    Note note = existingNotesOf(identityId).get(noteId);
    if (note == null) {
      return notFound();
    }
    return ok(note.toJson());
  }

  /** {@code PUT /notes/{id}}: replaces content and attachment. */
  Reply update(String identityId, String noteId, byte[] body) {
    JsonNode data = body(body);
    boolean[] found = {false};
    existingNotesOf(identityId)
        .computeIfPresent(
            noteId,
            (id, old) -> {
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
    existingNotesOf(identityId)
        .computeIfPresent(
            noteId,
            (id, old) -> {
              found[0] = true;
              store.delete(NOTES, id);
              return null;
            });
    if (found[0]) {
      count.decrementAndGet();
    }
    return found[0] ? ok(Json.object().put("status", true)) : notFound();
  }

  /** How many notes the pool holds. */
  int size() {
    return count.get();
  }

  /** How many notes {@code GET /notes} has read so far, over all callers (tests of the index). */
  long examined() {
    return examined.sum();
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
