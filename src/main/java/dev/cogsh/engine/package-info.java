/**
 * An in-process JShell without a terminal: evaluation, snippet splitting, completion. It does not
 * loop over scripts itself: the one evaluation loop ({@code dev.cogsh.script.ScriptRunner}) drives
 * it through {@link dev.cogsh.engine.Snippets}, the start-up scripts included ({@link
 * dev.cogsh.engine.StartupHook}).
 *
 * <p>{@link dev.cogsh.engine.JavaLexer} is a forgiving lexer of Java source for what the compiler
 * would still reject (half-typed input: highlighting, secret literals), and what tells, from the
 * tokens alone, which statements may be compiled together ({@link dev.cogsh.engine.BatchSource}):
 * {@link dev.cogsh.engine.Engine#evalBatch} runs such a batch as one JShell snippet, calling {@link
 * dev.cogsh.engine.BatchSteps} around each statement so that the loop hears each one as it runs.
 */
package dev.cogsh.engine;
