package dev.cogsh.config;

import dev.cogsh.human.Hinted;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration that cannot be used: a malformed file, an id of the wrong shape, inconsistent
 * regions. The message names the field, the bad value and the expected form; {@link #hint()} says
 * what to do. Secrets never appear in either.
 */
public class ConfigException extends RuntimeException implements Hinted {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order checked; one entry for most errors. */
  private final transient List<Problem> problems;

  /**
   * One problem in a configuration.
   *
   * @param field the field's key, or {@code null} when the problem is not about one field
   * @param message what is wrong, naming the value and the expected form
   * @param hint what to do about it
   */
  public record Problem(String field, String message, String hint) {}

  public ConfigException(String message, String hint) {
    this(List.of(new Problem(null, message, hint)));
  }

  public ConfigException(String message, String hint, Throwable cause) {
    super(message, cause);
    this.problems = List.of(new Problem(null, message, hint));
  }

  public ConfigException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** What to do next. */
  @Override
  public String hint() {
    return problems.size() == 1
        ? problems.get(0).hint()
        : problems.stream().map(Problem::hint).distinct().collect(Collectors.joining("\n"));
  }

  /** Every problem found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    return problems.size()
        + " problems in the configuration:\n"
        + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
  }
}
