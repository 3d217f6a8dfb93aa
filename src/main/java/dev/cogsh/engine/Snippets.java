package dev.cogsh.engine;

/**
 * Java source in, outcomes out: what the evaluation loop ({@code dev.cogsh.script.ScriptRunner})
 * needs from an engine. {@link Engine} is one; while it starts, its {@link StartupHook} is given
 * another that does not wait for the engine to be ready.
 */
public interface Snippets {

  /** Cuts {@code input} into complete snippets, as the compiler sees them. */
  Split split(String input);

  /** Evaluates one complete snippet (one element of {@link #split}). */
  Outcome eval(String snippet);
}
