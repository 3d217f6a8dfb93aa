/** An in-process JShell without a terminal: evaluation, snippet splitting, completion. */
package dev.cogsh.engine;
