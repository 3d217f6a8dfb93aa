package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The IAM-authorized REST API under {@code /<stage>}, in API Gateway's order: find the route (an
 * unknown one is "Missing Authentication Token"), verify the SigV4 signature, let IAM decide (a
 * guest may not touch notes), then run the integration: the notes app or the echo. The routes
 * behind token authorizers and an API key are {@link TokenAuthorizers}'.
 */
final class ApiGateway {
  private static final Set<String> ANY =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private final SandboxIds ids;
  private final SigV4Verifier verifier;
  private final NotesApi notes;
  private final Stats stats;
  private final Faults faults;
  private final TokenAuthorizers authorizers;
  private final Cors cors;

  ApiGateway(
      SandboxIds ids,
      SigV4Verifier verifier,
      NotesApi notes,
      Stats stats,
      Faults faults,
      TokenAuthorizers authorizers,
      Cors cors) {
    this.cors = cors;
    this.ids = ids;
    this.verifier = verifier;
    this.notes = notes;
    this.stats = stats;
    this.faults = faults;
    this.authorizers = authorizers;
  }

  /** A matched route: its operation name for stats, and the note id of {@code /notes/{id}}. */
  private record Route(String operation, String noteId) {}

  Reply handle(Request request) {
    String resource = request.rawPath().substring(ids.stage().length() + 1);
    if (Cors.isPreflight(request)) {
      // the OPTIONS method "Enable CORS" adds: a mock integration, no authorization
      Set<String> methods = new TreeSet<>();
      for (String method : ANY) {
        if (route(method, resource) != null || TokenAuthorizers.route(method, resource) != null) {
          methods.add(method);
        }
      }
      if (methods.isEmpty()) {
        throw missingToken();
      }
      return cors.apiPreflight(methods);
    }
    String tokenRoute = TokenAuthorizers.route(request.method(), resource);
    if (tokenRoute != null) {
      stats.count(tokenRoute);
      return authorizers.handle(request, resource);
    }
    Route route = route(request.method(), resource);
    if (route == null) {
      throw missingToken();
    }
    stats.count(route.operation());
    Optional<AwsErrorException> fault = faults.take("api", false);
    if (fault.isPresent()) {
      throw fault.get();
    }
    SigV4Verifier.Caller caller = verifier.verify(request);
    if (route.operation().startsWith("ANY /echo")) {
      return echo(request, caller);
    }
    if (!caller.credentials().authenticated()) {
      throw AwsErrorException.accessDenied(
          "User: "
              + ids.unauthenticatedRoleSession()
              + " is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:"
              + ids.region()
              + ":"
              + SandboxIds.ACCOUNT
              + ":"
              + ids.apiId()
              + "/"
              + ids.stage()
              + "/"
              + request.method()
              + resource);
    }
    String identityId = caller.credentials().identityId();
    return switch (route.operation()) {
      case "POST /notes" -> notes.create(identityId, request.body());
      case "GET /notes" -> notes.list(identityId);
      case "GET /notes/{id}" -> notes.get(identityId, route.noteId());
      case "PUT /notes/{id}" -> notes.update(identityId, route.noteId(), request.body());
      case "DELETE /notes/{id}" -> notes.delete(identityId, route.noteId());
      default -> throw missingToken();
    };
  }

  /** API Gateway's answer for no route, no method, or no signature at all. */
  static AwsErrorException missingToken() {
    return AwsErrorException.gateway(
        403, "MissingAuthenticationTokenException", "Missing Authentication Token");
  }

  private static Route route(String method, String resource) {
    if (resource.equals("/echo") || resource.startsWith("/echo/")) {
      return ANY.contains(method) ? new Route("ANY /echo/**", null) : null;
    }
    if (resource.equals("/notes")) {
      return method.equals("GET") || method.equals("POST")
          ? new Route(method + " /notes", null)
          : null;
    }
    if (resource.startsWith("/notes/")) {
      String raw = resource.substring("/notes/".length());
      if (raw.isEmpty() || raw.contains("/")) {
        return null;
      }
      if (!method.equals("GET") && !method.equals("PUT") && !method.equals("DELETE")) {
        return null;
      }
      String id;
      try {
        id = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      return new Route(method + " /notes/{id}", id);
    }
    return null;
  }

  private static Reply echo(Request request, SigV4Verifier.Caller caller) {
    ObjectNode echo =
        Json.object()
            .put("method", request.method())
            .put("path", request.rawPath())
            .put("query", request.rawQuery());
    ArrayNode headers = echo.putArray("headers");
    request
        .headers()
        .forEach((name, values) -> values.forEach(v -> headers.addArray().add(name).add(v)));
    String text = utf8(request.body());
    if (text != null) {
      echo.put("body", text);
    } else {
      echo.putNull("body");
      echo.put("bodyBase64", Base64.getEncoder().encodeToString(request.body()));
    }
    echo.put("canonicalRequest", caller.canonicalRequest());
    echo.put("stringToSign", caller.stringToSign());
    echo.put("identityId", caller.credentials().identityId());
    echo.put("authenticated", caller.credentials().authenticated());
    return Reply.json(200, Reply.JSON, echo);
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
