package dev.cogsh.engine;

import java.util.List;
import jdk.jshell.SnippetEvent;

/**
 * What one JShell evaluation did.
 *
 * @param events JShell's events
 * @param stopped whether {@link Engine#stop()} was called while it ran
 * @param thrown the very exception it threw (local execution keeps it), or {@code null}
 */
record Evaluated(List<SnippetEvent> events, boolean stopped, Throwable thrown) {}
