package dev.cogsh.shell;

import dev.cogsh.script.RunListener;
import dev.cogsh.script.RunOptions;
import dev.cogsh.script.RunReport;
import dev.cogsh.script.Script;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/**
 * Scripts replayed in a shell without a terminal: what {@code cogsh run} does. The shell is the
 * same as the interactive one (start-up scripts, command table, renderer); only the input differs,
 * the scripts instead of a person.
 */
public final class ScriptSession {

  private ScriptSession() {}

  /**
   * Starts a shell on {@code setup} (which must have no terminal), replays {@code scripts} in it
   * through its own loop, and closes it.
   *
   * @param listener hears each step and each failure (the shell itself prints values and renders
   *     failures)
   */
  public static RunReport run(
      ShellSetup setup,
      CommandTable commands,
      List<Script> scripts,
      RunOptions options,
      RunListener listener,
      Clock clock) {
    return run(setup, commands, scripts, options, listener, clock, null);
  }

  /**
   * As above, in a shell that adopts {@code early}, the engine started while the session opened
   * ({@code null}: start one now).
   */
  public static RunReport run(
      ShellSetup setup,
      CommandTable commands,
      List<Script> scripts,
      RunOptions options,
      RunListener listener,
      Clock clock,
      EarlyEngine early) {
    if (setup.interactive()) {
      throw new IllegalArgumentException("scripts replay without a terminal");
    }
    Shell shell = new Shell(setup, commands, early);
    shell.runEndsAtExitCalls();
    shell.engine().forgetTemporaries(); // keeps a long replay linear: see Engine
    PrintStream hostOut = System.out;
    PrintStream hostErr = System.err;
    // Snippets run in this JVM: their System.out is the run's output, through the redactor.
    System.setOut(shell.snippetOut());
    System.setErr(shell.snippetErr());
    try {
      return shell.replay(scripts, options, listener, clock);
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(hostOut);
      System.setErr(hostErr);
      shell.input().close();
      shell.engine().close();
    }
  }
}
