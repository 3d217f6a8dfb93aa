package dev.cogsh.script;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.api.Response;
import java.util.Objects;

/**
 * Checks on one API response, chained: {@code expect(r).status(201).json("/content", "hi")}. Each
 * check returns this expectation, so a script keeps the response in a variable and reads it; a
 * check that does not hold throws {@link CheckException} with what was expected, what came, and the
 * request that got it.
 */
public final class Expectation {

  private static final int SHOWN_BODY = 300;

  private final Response response;

  Expectation(Response response) {
    if (response == null) {
      throw new CheckException("expect(..) got null instead of a response");
    }
    this.response = response;
  }

  /** The status is {@code expected}. */
  public Expectation status(int expected) {
    if (response.status() != expected) {
      throw failure("status " + expected, response.statusLine());
    }
    return this;
  }

  /** The status is 2xx. */
  public Expectation ok() {
    if (!response.ok()) {
      throw failure("a 2xx status", response.statusLine());
    }
    return this;
  }

  /**
   * The JSON body has {@code expected} at {@code pointer} ({@code "/content"}, {@code
   * "/items/0/id"}): a string, a number, a boolean or {@code null}.
   */
  public Expectation json(String pointer, Object expected) {
    JsonNode node = node(pointer);
    if (!matches(node, expected)) {
      throw failure(
          pointer + " = " + Scenario.show(expected),
          node.isMissingNode() ? pointer + " is missing" : pointer + " = " + node);
    }
    return this;
  }

  /** The JSON body has a value at {@code pointer}. */
  public Expectation json(String pointer) {
    JsonNode node = node(pointer);
    if (node.isMissingNode()) {
      throw failure("a value at " + pointer, "none");
    }
    return this;
  }

  /** The header {@code name} (any case) is {@code expected}. */
  public Expectation header(String name, String expected) {
    String actual = response.header(name);
    if (!Objects.equals(expected, actual)) {
      throw failure(
          "header " + name + ": " + expected,
          actual == null ? "no " + name + " header" : name + ": " + actual);
    }
    return this;
  }

  /** The response has the header {@code name}. */
  public Expectation header(String name) {
    if (response.header(name) == null) {
      throw failure("a header " + name, "none");
    }
    return this;
  }

  /** The body's text contains {@code text}. */
  public Expectation contains(String text) {
    if (!response.text().contains(text)) {
      throw failure("a body containing " + Scenario.show(text), "another body");
    }
    return this;
  }

  /** The response. */
  public Response response() {
    return response;
  }

  /** The JSON body. */
  public JsonNode json() {
    return response.json();
  }

  /**
   * The text at {@code pointer} of the JSON body: {@code expect(r).status(200).text("/noteId")}.
   */
  public String text(String pointer) {
    JsonNode node = node(pointer);
    if (node.isMissingNode() || node.isNull()) {
      throw failure("a value at " + pointer, "none");
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private JsonNode node(String pointer) {
    return response.json().at(pointer);
  }

  private static boolean matches(JsonNode node, Object expected) {
    if (expected == null) {
      return node.isNull();
    }
    if (expected instanceof CharSequence text) {
      return node.isTextual() && node.asText().equals(text.toString());
    }
    if (expected instanceof Boolean flag) {
      return node.isBoolean() && node.booleanValue() == flag;
    }
    if (expected instanceof Number number) {
      return node.isNumber()
          && node.decimalValue().compareTo(new java.math.BigDecimal(number.toString())) == 0;
    }
    if (expected instanceof JsonNode json) {
      return node.equals(json);
    }
    return node.asText().equals(String.valueOf(expected));
  }

  private CheckException failure(String expected, String actual) {
    String body = response.text().strip();
    if (body.length() > SHOWN_BODY) {
      body = body.substring(0, SHOWN_BODY) + "…";
    }
    return new CheckException(
        "expected "
            + expected
            + ", got "
            + actual
            + " ("
            + response.request().method()
            + " "
            + response.request().uri().getRawPath()
            + ")"
            + (body.isEmpty() ? "" : "\n  body: " + body));
  }

  /** What the shell and {@code cogsh run} print for it: the response. */
  @Override
  public String toString() {
    return response.toString();
  }
}
