package dev.cogsh.script;

import java.util.Objects;

/**
 * How to run scripts.
 *
 * @param parameters the {@code --param} values
 * @param keepGoing {@code --keep-going}: run every step and report every failure, instead of
 *     stopping at the first
 */
public record RunOptions(Parameters parameters, boolean keepGoing) {

  public RunOptions {
    Objects.requireNonNull(parameters, "parameters");
  }

  /** No parameters, stop at the first failure. */
  public static RunOptions defaults() {
    return new RunOptions(Parameters.NONE, false);
  }
}
