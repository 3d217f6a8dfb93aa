package dev.cogsh.script;

import dev.cogsh.api.Response;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What scripts call besides {@code auth}, {@code creds} and {@code api}: parameters and checks.
 * {@code startup.jsh} imports them ({@code import static dev.cogsh.script.Scenario.*;}), so a
 * snippet writes just
 *
 * <pre>{@code
 * auth.login(param("USER", "demo@example.com"), param("PASSWORD"));
 * var created = expect(api.post("/notes", Map.of("content", "hi"))).status(200).json("/content", "hi");
 * check(api.get("/notes").json().size() == 1, "one note after the first post");
 * }</pre>
 *
 * A failed check throws {@link CheckException}: the run stops there and reports {@code FILE:LINE}.
 */
public final class Scenario {

  private static final int SHOWN_CHARS = 200;

  private Scenario() {}

  /**
   * The value of {@code --param NAME=VALUE} for this run.
   *
   * @throws ParameterException when it was not given, naming the {@code --param} to pass
   */
  public static String param(String name) {
    return Parameters.current()
        .flatMap(p -> p.value(name))
        .orElseThrow(
            () ->
                new ParameterException(
                    "the script needs the parameter "
                        + name
                        + (Parameters.current().isPresent()
                            ? ", and it was not given"
                            : ", and no script is running"),
                    "pass --param "
                        + name
                        + "=VALUE to cogsh run, or type /replay FILE --param "
                        + name
                        + "=VALUE"));
  }

  /** The value of {@code --param NAME=VALUE} for this run, or {@code defaultValue}. */
  public static String param(String name, String defaultValue) {
    return Parameters.current().flatMap(p -> p.value(name)).orElse(defaultValue);
  }

  /**
   * Fails the run with {@code message} unless {@code condition} holds.
   *
   * @throws CheckException when it does not
   */
  public static void check(boolean condition, String message) {
    if (!condition) {
      throw new CheckException("check failed: " + message);
    }
  }

  /**
   * Fails the run with {@code message} and the values involved unless {@code condition} holds:
   * {@code check(notes.size() > 0, "notes listed", notes)}.
   */
  public static void check(boolean condition, String message, Object... values) {
    if (!condition) {
      throw new CheckException(
          "check failed: "
              + message
              + " (values: "
              + Arrays.stream(values).map(Scenario::show).collect(Collectors.joining(", "))
              + ")");
    }
  }

  /**
   * Fails the run unless {@code actual} equals {@code expected}; returns {@code actual}.
   *
   * @param what what is compared, for the message: {@code "the note's content"}
   */
  public static <T> T checkEquals(Object expected, T actual, String what) {
    if (!Objects.equals(expected, actual)) {
      throw new CheckException(
          "check failed: " + what + ": expected " + show(expected) + ", got " + show(actual));
    }
    return actual;
  }

  /**
   * Checks on a response, chained: {@code expect(api.post("/notes", body)).status(200).json(
   * "/content", "hi")}. A check that does not hold fails the run with what was expected and what
   * came.
   */
  public static Expectation expect(Response response) {
    return new Expectation(response);
  }

  /** A value as a message shows it: strings quoted, long text cut. */
  static String show(Object value) {
    String text = value instanceof CharSequence s ? "\"" + s + "\"" : String.valueOf(value);
    return text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "…" : text;
  }
}
