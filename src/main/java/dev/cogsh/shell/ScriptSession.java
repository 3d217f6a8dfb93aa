package dev.cogsh.shell;

import dev.cogsh.api.Api;
import dev.cogsh.api.Transport;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Prompter;
import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import dev.cogsh.creds.Creds;
import dev.cogsh.runtime.Session;
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
   * Session objects for a run: sign-in answered from {@code answers} (nothing is asked), Identity
   * Pool credentials, and {@code api} over {@code http}.
   */
  public static SessionObjects sessionObjects(
      Config config, Environment environment, ChallengeAnswers answers, Transport http) {
    return new SessionObjects() {
      @Override
      public List<String> names() {
        return List.of("auth", "creds", "api");
      }

      @Override
      public void install(Prompter prompter) {
        Auth auth = Auth.create(config, answers);
        Creds creds = Creds.create(config, auth, environment, false);
        Session.install(
            auth, creds, new Api(config, new CredsSigning(creds), http, Clock.systemUTC()));
      }
    };
  }

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
    if (setup.interactive()) {
      throw new IllegalArgumentException("scripts replay without a terminal");
    }
    Shell shell = new Shell(setup, commands);
    PrintStream hostOut = System.out;
    PrintStream hostErr = System.err;
    // Snippets run in this JVM: their System.out is the run's output.
    System.setOut(setup.out());
    System.setErr(setup.err());
    try {
      return ScriptReplay.run(new ShellContext(shell), scripts, options, listener, clock);
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
