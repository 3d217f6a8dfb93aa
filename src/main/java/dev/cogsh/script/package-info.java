/** Replay and recording of {@code .jsh} scenarios. */
package dev.cogsh.script;
