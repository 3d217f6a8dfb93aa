package dev.cogsh.engine;

/**
 * What came of a batch ({@link Engine#evalBatch}).
 *
 * @param compiled whether the batch compiled and ran; when not, no step ran and the caller
 *     evaluates them one by one
 * @param failedStep the step (from 0) that failed, or -1
 * @param failure how it failed ({@link Outcome.Failed}, {@link Outcome.Cancelled}), or {@code null}
 *     when every step succeeded
 */
public record BatchResult(boolean compiled, int failedStep, Outcome failure) {

  /** The batch did not run: evaluate its steps one by one. */
  public static BatchResult notRun() {
    return new BatchResult(false, -1, null);
  }

  /** Every step ran and succeeded. */
  public static BatchResult succeeded() {
    return new BatchResult(true, -1, null);
  }
}
