package dev.cogsh.script;

import dev.cogsh.engine.Outcome;

/** Runs one Java snippet: the engine's {@code eval}, perhaps printing what came of it. */
@FunctionalInterface
public interface SnippetEvaluator {

  /** Evaluates one complete snippet. */
  Outcome eval(String source);
}
