/**
 * The interactive shell on JLine 3: the only package that writes to the terminal. It works on a
 * session opened by {@code dev.cogsh.session} ({@link dev.cogsh.shell.ShellSetup}); what is typed
 * or replayed goes through the one evaluation loop ({@code dev.cogsh.script.ScriptRunner}), the
 * shell supplying the engine, the command table, the printing and Ctrl-C (package-private {@code
 * Evaluation}); failures are shown by the one renderer ({@code ErrorRenderer}).
 */
package dev.cogsh.shell;
