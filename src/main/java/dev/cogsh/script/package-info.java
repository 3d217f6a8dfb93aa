/**
 * Replay and recording of {@code .jsh} scenarios.
 *
 * <ul>
 *   <li>{@link dev.cogsh.script.ScriptSplitter} cuts a script where the compiler says snippets end
 *       (the engine's {@code analyzeCompletion}), slash command lines between them, each step with
 *       its file and line.
 *   <li>{@link dev.cogsh.script.ScriptRunner} is the one evaluation loop: it runs the steps through
 *       seams, a {@link dev.cogsh.script.SnippetEvaluator} for Java, a {@link
 *       dev.cogsh.script.CommandDispatcher} for commands, a {@link dev.cogsh.script.RunListener}
 *       for progress; a failure stops the run and is reported as {@code FILE:LINE: what failed}
 *       ({@link dev.cogsh.script.Failure}). Typed input, {@code /replay} and {@code cogsh run} go
 *       through it with the shell's seams, the start-up scripts with the engine's ({@link
 *       dev.cogsh.script.StartupScripts}, which run on after a failure).
 *   <li>{@link dev.cogsh.script.Scenario} is what snippets call: {@code param(..)}, {@code
 *       check(..)}, {@code expect(response)} ({@link dev.cogsh.script.Expectation}). {@code
 *       startup.jsh} imports it statically.
 *   <li>{@link dev.cogsh.script.Parameters} are a run's {@code --param} values. They reach snippets
 *       through one {@code InheritableThreadLocal}, set for exactly the duration of a run (see the
 *       class comment for why a static is needed and why it is this one).
 *   <li>{@link dev.cogsh.script.SecretLiteralFilter} decides which string literals of a snippet
 *       carry a secret, for everyone: the shell's history leaves such snippets out, a recording
 *       replaces them, and a run's echo masks them. {@link dev.cogsh.script.Recorder} and {@link
 *       dev.cogsh.script.SecretLiteralRewriter} turn the snippets that succeeded into a script,
 *       secret literals replaced by {@code param("NAME")} (the filter reaches them as a {@link
 *       dev.cogsh.script.SecretFinder}).
 * </ul>
 */
package dev.cogsh.script;
