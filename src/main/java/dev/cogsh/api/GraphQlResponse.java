package dev.cogsh.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to {@code api.graphql(..)}: the HTTP {@link Response} and what GraphQL says in it. A
 * GraphQL error arrives in a 200 answer as often as not ({@code {"data": {"notes": null}, "errors":
 * […]}}), so {@link #ok()} is true only for a 2xx answer <em>without</em> {@code errors}, and the
 * errors print first, as errors.
 *
 * <pre>{@code
 * var r = api.graphql("{ notes { id content } }");
 * r.data().path("notes")     r.errors()     r.orThrow()     r.response().json()
 * }</pre>
 */
public final class GraphQlResponse {

  private final Response response;
  private final JsonNode body;

  GraphQlResponse(Response response) {
    this.response = response;
    JsonNode parsed;
    try {
      parsed = response.context().json().readTree(response.bytes());
    } catch (IOException e) {
      parsed = null;
    }
    this.body = parsed;
  }

  /** The HTTP response (status, headers, signature trace, diagnosis). */
  public Response response() {
    return response;
  }

  /** The HTTP status. */
  public int status() {
    return response.status();
  }

  /** The {@code data} object, or a missing node when the answer has none. */
  public JsonNode data() {
    return body == null
        ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
        : body.path("data");
  }

  /**
   * The GraphQL errors, one line each: {@code Unauthorized: Not Authorized to access notes on type
   * Query (at notes)}; empty when there are none.
   */
  public List<String> errors() {
    List<String> out = new ArrayList<>();
    if (body == null || !body.path("errors").isArray()) {
      return out;
    }
    for (JsonNode e : body.path("errors")) {
      String type = e.path("errorType").asText("");
      StringBuilder line = new StringBuilder();
      if (!type.isEmpty()) {
        line.append(type).append(": ");
      }
      line.append(e.path("message").asText("(no message)").split("\n", 2)[0]);
      if (e.path("path").isArray() && !e.path("path").isEmpty()) {
        List<String> parts = new ArrayList<>();
        e.path("path").forEach(p -> parts.add(p.asText()));
        line.append(" (at ").append(String.join(".", parts)).append(')');
      }
      out.add(line.toString());
    }
    return out;
  }

  /** True for a 2xx answer without GraphQL errors. */
  public boolean ok() {
    return response.ok() && errors().isEmpty();
  }

  /** This answer when {@link #ok()}; else an {@link ApiException} naming the first error. */
  public GraphQlResponse orThrow() {
    if (ok()) {
      return this;
    }
    List<String> errors = errors();
    String what = errors.isEmpty() ? response.errorMessage() : errors.get(0);
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
    throw new ApiException(
        "GraphQL " + response.statusLine() + ": " + what + more, hint(what), response, null);
  }

  private String hint(String error) {
    if (error.startsWith("Unauthorized") || error.startsWith("UnauthorizedException")) {
      return "the signed-in role may not do this: check creds.whoami() and the role's"
          + " appsync:GraphQL permission";
    }
    if (!response.ok() && response.diagnosis().summary() != null) {
      return response.diagnosis().summary();
    }
    return "see r.response() for the whole answer";
  }

  @Override
  public String toString() {
    List<String> errors = errors();
    StringBuilder out = new StringBuilder();
    if (!errors.isEmpty()) {
      out.append(errors.size() == 1 ? "GraphQL error" : "GraphQL errors (" + errors.size() + ")")
          .append(response.ok() ? " in a " + response.statusLine() + " answer" : "")
          .append(":\n");
      errors.forEach(e -> out.append("  ").append(e).append('\n'));
    }
    return out.append(response).toString();
  }
}
