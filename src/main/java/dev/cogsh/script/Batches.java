package dev.cogsh.script;

import dev.cogsh.engine.BatchSource;
import dev.cogsh.engine.BatchStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups a script's steps into runs of consecutive batchable Java snippets ({@link
 * BatchSource#step}), each at most {@link BatchSource#MAX_STEPS} steps and {@link
 * BatchSource#MAX_CHARS} characters. Each step is classified once.
 */
final class Batches {

  private final List<Optional<BatchStep>> steps = new ArrayList<>();

  /**
   * @param on whether to batch at all: when not, every run is empty
   */
  Batches(List<ScriptSnippet> snippets, boolean on) {
    for (ScriptSnippet snippet : snippets) {
      steps.add(
          on && snippet.kind() == ScriptSnippet.Kind.JAVA
              ? BatchSource.step(snippet.source())
              : Optional.empty());
    }
  }

  /** The run of batchable steps that starts at step {@code first} (from 0); may be empty. */
  List<BatchStep> from(int first) {
    List<BatchStep> run = new ArrayList<>();
    int chars = 0;
    for (int i = first; i < steps.size() && run.size() < BatchSource.MAX_STEPS; i++) {
      BatchStep step = steps.get(i).orElse(null);
      if (step == null || chars + step.source().length() > BatchSource.MAX_CHARS) {
        break;
      }
      chars += step.source().length();
      run.add(step);
    }
    return run;
  }
}
