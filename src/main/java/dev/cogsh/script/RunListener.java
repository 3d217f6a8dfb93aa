package dev.cogsh.script;

import dev.cogsh.engine.Outcome;

/**
 * Hears what a {@link ScriptRunner} does, to show progress and report failures. Every method does
 * nothing unless overridden.
 */
public interface RunListener {

  /** A script is about to run; it has {@code snippets} steps. */
  default void scriptStarted(Script script, int snippets) {}

  /** Step {@code index} (from 1) of {@code total} in its script is about to run. */
  default void snippetStarted(ScriptSnippet snippet, int index, int total) {}

  /** A Java step ran and succeeded. */
  default void snippetSucceeded(ScriptSnippet snippet, Outcome outcome) {}

  /** A step failed; {@code failure.outcome()} holds the details for Java steps. */
  default void snippetFailed(Failure failure) {}

  /** This listener, then {@code next}, for every call. */
  default RunListener andThen(RunListener next) {
    RunListener first = this;
    return new RunListener() {
      @Override
      public void scriptStarted(Script script, int snippets) {
        first.scriptStarted(script, snippets);
        next.scriptStarted(script, snippets);
      }

      @Override
      public void snippetStarted(ScriptSnippet snippet, int index, int total) {
        first.snippetStarted(snippet, index, total);
        next.snippetStarted(snippet, index, total);
      }

      @Override
      public void snippetSucceeded(ScriptSnippet snippet, Outcome outcome) {
        first.snippetSucceeded(snippet, outcome);
        next.snippetSucceeded(snippet, outcome);
      }

      @Override
      public void snippetFailed(Failure failure) {
        first.snippetFailed(failure);
        next.snippetFailed(failure);
      }
    };
  }
}
