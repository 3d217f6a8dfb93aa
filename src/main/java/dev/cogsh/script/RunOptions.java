package dev.cogsh.script;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run scripts.
 *
 * @param parameters the {@code --param} values
 * @param keepGoing {@code --keep-going}: run every step and report every failure, instead of
 *     stopping at the first
 * @param timeout {@code --timeout}: the whole run's limit, or {@code null} for none
 * @param snippetTimeout {@code --snippet-timeout}: each Java snippet's limit, or {@code null}
 * @param batch whether runs of consecutive statements may be compiled together (when the evaluator
 *     can); {@code cogsh run --no-batch} turns it off
 */
public record RunOptions(
    Parameters parameters,
    boolean keepGoing,
    Duration timeout,
    Duration snippetTimeout,
    boolean batch) {

  public RunOptions {
    Objects.requireNonNull(parameters, "parameters");
    requirePositive(timeout, "--timeout");
    requirePositive(snippetTimeout, "--snippet-timeout");
  }

  /** Batched where the evaluator can. */
  public RunOptions(
      Parameters parameters, boolean keepGoing, Duration timeout, Duration snippetTimeout) {
    this(parameters, keepGoing, timeout, snippetTimeout, true);
  }

  /** The same options, with batching on or off. */
  public RunOptions withBatch(boolean on) {
    return new RunOptions(parameters, keepGoing, timeout, snippetTimeout, on);
  }

  /** No time limits. */
  public RunOptions(Parameters parameters, boolean keepGoing) {
    this(parameters, keepGoing, null, null);
  }

  /** No parameters, stop at the first failure. */
  public static RunOptions defaults() {
    return new RunOptions(Parameters.NONE, false);
  }

  /** The whole run's limit, if any. */
  public Optional<Duration> runLimit() {
    return Optional.ofNullable(timeout);
  }

  /** Each snippet's limit, if any. */
  public Optional<Duration> snippetLimit() {
    return Optional.ofNullable(snippetTimeout);
  }

  private static void requirePositive(Duration limit, String option) {
    if (limit != null && (limit.isZero() || limit.isNegative())) {
      throw new IllegalArgumentException(option + " must be positive, not " + limit);
    }
  }
}
