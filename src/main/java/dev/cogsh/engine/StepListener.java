package dev.cogsh.engine;

/**
 * Hears the steps of a batch ({@link Engine#evalBatch}) while they run: synchronously, in order, on
 * the thread that runs the snippet (the caller's thread waits meanwhile). A step that fails is not
 * heard as finished: {@link BatchResult#failure()} says how it failed.
 */
public interface StepListener {

  /** Step {@code step} (from 0) is about to run. */
  void started(int step);

  /**
   * Step {@code step} succeeded with this outcome ({@link Outcome.Value} or {@link
   * Outcome.Executed}).
   */
  void finished(int step, Outcome outcome);
}
