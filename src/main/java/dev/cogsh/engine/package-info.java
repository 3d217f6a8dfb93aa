/**
 * An in-process JShell without a terminal: evaluation, snippet splitting, completion. It does not
 * loop over scripts itself: the one evaluation loop ({@code dev.cogsh.script.ScriptRunner}) drives
 * it through {@link dev.cogsh.engine.Snippets}, the start-up scripts included ({@link
 * dev.cogsh.engine.StartupHook}).
 */
package dev.cogsh.engine;
