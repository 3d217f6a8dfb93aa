package dev.cogsh.script;

import dev.cogsh.engine.BatchResult;
import dev.cogsh.engine.BatchStep;
import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.StepListener;
import java.util.List;

/** Runs one Java snippet: the engine's {@code eval}, perhaps printing what came of it. */
@FunctionalInterface
public interface SnippetEvaluator {

  /** Evaluates one complete snippet. */
  Outcome eval(String source);

  /**
   * Evaluates consecutive statements as one evaluation, {@code listener} hearing each step as it
   * runs (the engine's {@code evalBatch}). An evaluator that cannot returns {@link
   * BatchResult#notRun()}, as here, and the runner evaluates the steps one by one.
   */
  default BatchResult evalBatch(List<BatchStep> steps, StepListener listener) {
    return BatchResult.notRun();
  }
}
