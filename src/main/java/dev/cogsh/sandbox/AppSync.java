package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An AppSync-style GraphQL API at {@code POST /graphql}, IAM-authorized (SigV4 for service {@code
 * appsync}), over the notes of the REST API:
 *
 * <pre>
 * type Note { id: ID!  content: String  createdAt: String }
 * type Query { notes: [Note]  note(id: ID!): Note }
 * type Mutation { createNote(content: String!): Note }
 * </pre>
 *
 * <p>Answers in AppSync's shapes: {@code {"data": …}}, and {@code {"errors": [{"errorType",
 * "message" …}]}} for a refused signature (401/403), a bad request (400), a document it cannot run
 * (400), and a guest, whose role may not read notes: 200 with {@code "data": {"notes": null}} and
 * an {@code Unauthorized} error, the way AppSync answers a field the caller's role is not allowed.
 */
final class AppSync {
  static final String SERVICE = "appsync";
  static final String PATH = "/graphql";

  private final SigV4Verifier verifier;
  private final NotesApi notes;

  AppSync(SigV4Verifier verifier, NotesApi notes) {
    this.verifier = verifier;
    this.notes = notes;
  }

  Reply handle(Request request) {
    if (!request.method().equals("POST")) {
      return error(
          400,
          "MalformedHttpRequestException",
          "The sandbox's AppSync takes GraphQL as POST /graphql {\"query\": …}");
    }
    SigV4Verifier.Caller caller;
    try {
      caller = verifier.verify(request);
    } catch (AwsErrorException e) {
      return e.type().equals("MissingAuthenticationTokenException")
          ? error(401, "UnauthorizedException", "Valid authorization header not provided.")
          : error(e.status(), e.type(), e.getMessage());
    }
    JsonNode body = Json.parseOrNull(request.body());
    if (body == null || !body.isObject() || !body.path("query").isTextual()) {
      return error(
          400,
          "MalformedHttpRequestException",
          "The body must be JSON: {\"query\": \"{ notes { id content } }\", \"variables\": {…}}");
    }
    GraphQlQuery query;
    try {
      query = GraphQlQuery.parse(body.path("query").asText(), body.get("variables"));
      return Reply.json(200, Reply.JSON, run(query, caller.credentials()));
    } catch (GraphQlQuery.Invalid e) {
      ObjectNode answer = Json.object().putNull("data");
      answer.putArray("errors").addObject().put("message", e.getMessage()).putNull("path");
      return Reply.json(400, Reply.JSON, answer);
    }
  }

  private JsonNode run(GraphQlQuery query, IssuedCredentials caller) {
    ObjectNode data = Json.object();
    ArrayNode errors = Json.array();
    String type = query.kind().equals("query") ? "Query" : "Mutation";
    for (GraphQlQuery.Field field : query.fields()) {
      if (field.name().equals("__typename")) {
        data.put(field.alias(), type);
        continue;
      }
      List<NotesApi.Note> found = resolve(type, field, caller);
      if (found == null) {
        data.putNull(field.alias());
        errors.add(unauthorized(field, type));
      } else if (field.name().equals("notes")) {
        ArrayNode list = data.putArray(field.alias());
        found.forEach(n -> list.add(select(n, field)));
      } else {
        data.set(
            field.alias(), found.isEmpty() ? NullNode.getInstance() : select(found.get(0), field));
      }
    }
    ObjectNode answer = Json.object();
    answer.set("data", data);
    if (!errors.isEmpty()) {
      answer.set("errors", errors);
    }
    return answer;
  }

  /** The notes a field answers, or {@code null} when the caller's role may not have them. */
  private List<NotesApi.Note> resolve(String type, GraphQlQuery.Field field, IssuedCredentials c) {
    String signature = type + "." + field.name();
    switch (signature) {
      case "Query.notes" -> requireArguments(field);
      case "Query.note", "Mutation.createNote" -> {}
      default ->
          throw new GraphQlQuery.Invalid(
              "Validation error of type FieldUndefined: Field '"
                  + field.name()
                  + "' in type '"
                  + type
                  + "' is undefined @ '"
                  + field.name()
                  + "'");
    }
    if (field.selection().isEmpty()) {
      throw new GraphQlQuery.Invalid(
          "Validation error of type SubSelectionRequired: Sub selection required for type 'Note'"
              + " of field '"
              + field.name()
              + "' @ '"
              + field.name()
              + "'");
    }
    field.selection().forEach(AppSync::checkNoteField);
    if (!c.authenticated()) {
      return null;
    }
    return switch (signature) {
      case "Query.notes" -> notes.of(c.identityId());
      case "Query.note" -> {
        String id = argument(field, "id");
        yield notes.of(c.identityId()).stream().filter(n -> n.noteId().equals(id)).toList();
      }
      default ->
          List.of(
              notes.add(
                  c.identityId(),
                  TextNode.valueOf(argument(field, "content")),
                  NullNode.getInstance()));
    };
  }

  private static void requireArguments(GraphQlQuery.Field field) {
    if (!field.arguments().isEmpty()) {
      String name = field.arguments().keySet().iterator().next();
      throw new GraphQlQuery.Invalid(
          "Validation error of type UnknownArgument: Unknown field argument "
              + name
              + " @ '"
              + field.name()
              + "'");
    }
  }

  private static String argument(GraphQlQuery.Field field, String name) {
    String value = field.arguments().get(name);
    if (value == null) {
      throw new GraphQlQuery.Invalid(
          "Validation error of type MissingFieldArgument: Missing field argument "
              + name
              + " @ '"
              + field.name()
              + "'");
    }
    return value;
  }

  private static void checkNoteField(GraphQlQuery.Field f) {
    if (!List.of("id", "content", "createdAt", "__typename").contains(f.name())) {
      throw new GraphQlQuery.Invalid(
          "Validation error of type FieldUndefined: Field '"
              + f.name()
              + "' in type 'Note' is undefined @ '"
              + f.name()
              + "' (the sandbox's Note has id, content, createdAt)");
    }
    if (!f.selection().isEmpty() && !f.name().equals("__typename")) {
      throw new GraphQlQuery.Invalid(
          "Validation error of type SubSelectionNotAllowed: Sub selection not allowed on leaf"
              + " type of field "
              + f.name());
    }
  }

  private static ObjectNode select(NotesApi.Note note, GraphQlQuery.Field field) {
    ObjectNode out = Json.object();
    for (GraphQlQuery.Field f : field.selection()) {
      switch (f.name()) {
        case "id" -> out.put(f.alias(), note.noteId());
        case "content" ->
            out.put(
                f.alias(),
                note.content().isNull()
                    ? null
                    : note.content().isTextual()
                        ? note.content().asText()
                        : Json.write(note.content()));
        case "createdAt" ->
            out.put(f.alias(), java.time.Instant.ofEpochMilli(note.createdAt()).toString());
        default -> out.put(f.alias(), "Note");
      }
    }
    return out;
  }

  private static ObjectNode unauthorized(GraphQlQuery.Field field, String type) {
    ObjectNode error = Json.object();
    error.putArray("path").add(field.alias());
    error.putNull("data");
    error.put("errorType", "Unauthorized");
    error.putNull("errorInfo");
    error
        .putArray("locations")
        .addObject()
        .put("line", field.line())
        .put("column", field.column())
        .putNull("sourceName");
    error.put("message", "Not Authorized to access " + field.name() + " on type " + type);
    return error;
  }

  private static Reply error(int status, String type, String message) {
    ObjectNode body = Json.object();
    body.putArray("errors").addObject().put("errorType", type).put("message", message);
    return new Reply(
            status,
            java.util.Map.of("Content-Type", Reply.JSON),
            Json.write(body).getBytes(StandardCharsets.UTF_8))
        .withHeader("x-amzn-ErrorType", type);
  }
}
