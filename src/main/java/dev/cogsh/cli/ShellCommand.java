package dev.cogsh.cli;

import dev.cogsh.config.ConfigException;
import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import dev.cogsh.shell.EarlyEngine;
import dev.cogsh.shell.Shell;
import dev.cogsh.shell.ShellCommands;
import dev.cogsh.shell.ShellSetup;
import dev.cogsh.shell.UserDirectories;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cogsh [shell]}: the interactive shell, on the configured API or, when there is no
 * configuration, on the built-in sandbox. With piped input it runs the snippets without prompts and
 * exits 1 at the first that fails.
 */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "The Java shell with auth and creds ready (the default command).",
      "Without a configuration it starts the built-in sandbox. With piped input it runs the"
          + " snippets and exits 1 at the first that fails."
    })
public final class ShellCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ShellOptions options = new ShellOptions();

  @Override
  public Integer call() throws IOException {
    return start(options, spec.commandLine().getErr());
  }

  /** Starts the shell on the real terminal (or the pipes); returns its exit status. */
  static int start(ShellOptions options, PrintWriter err) throws IOException {
    // At a terminal, JLine probes it (a native library) and the line editor is built while the
    // session opens. With piped input there is no prompt to hurry: JShell warms up meanwhile.
    boolean interactive = interactive();
    Environment environment = Environment.system();
    CompletableFuture<TerminalProbe.Ready> terminal =
        interactive
            ? TerminalProbe.begin(
                environment.variable("TERM").orElse(null),
                UserDirectories.of(environment).historyFile())
            : CompletableFuture.completedFuture(new TerminalProbe.Ready(null, null));
    try (EarlyEngine early = interactive ? null : EarlyEngine.start(environment.classPath())) {
      return start(
          options,
          environment,
          () -> TerminalProbe.await(terminal),
          early,
          System.in,
          System.out,
          System.err,
          err);
    } finally {
      TerminalProbe.close(terminal);
    }
  }

  /**
   * Starts the shell with the world injected: opens the session ({@link SessionFactory}: the
   * configuration, or the sandbox when there is none) and runs the shell on it, on {@code terminal}
   * (or, when it is {@code null}, on the streams).
   */
  static int start(
      ShellOptions options,
      Environment environment,
      Terminal terminal,
      InputStream in,
      PrintStream out,
      PrintStream errStream,
      PrintWriter err)
      throws IOException {
    return start(
        options,
        environment,
        () -> new TerminalProbe.Ready(terminal, null),
        null,
        in,
        out,
        errStream,
        err);
  }

  /**
   * As above, with the terminal asked for once the session is open (it may still be probed), and
   * {@code early}, an engine already started, or {@code null}.
   */
  static int start(
      ShellOptions options,
      Environment environment,
      TerminalProbe.Source terminalSource,
      EarlyEngine early,
      InputStream in,
      PrintStream out,
      PrintStream errStream,
      PrintWriter err)
      throws IOException {
    ConfigRequest request =
        ConfigRequest.none()
            .withConfigFile(options.config)
            .withProfile(options.profile)
            .withSandbox(options.sandbox);
    OpenSession session;
    try {
      session =
          SessionFactory.open(
              SessionRequest.asking(environment, request).withRemember(options.remember));
    } catch (ConfigException e) {
      err.println("cogsh: " + e.getMessage());
      err.println("hint: " + e.hint());
      err.flush();
      return Main.USAGE;
    }
    try (session) {
      session.warnings().forEach(w -> err.println("warning: " + w));
      err.flush();
      TerminalProbe.Ready terminal = terminalSource.get();
      ShellSetup setup =
          ShellSetup.builder()
              .terminal(terminal.terminal())
              .lineEditor(terminal.editor())
              .in(in)
              .out(out)
              .err(errStream)
              .directories(UserDirectories.of(environment))
              .version(Main.version())
              .session(session)
              .classPath(environment.classPath())
              .build();
      Shell shell = new Shell(setup, ShellCommands.standard(session), early);
      return options.exitAfterPrompt ? shell.firstPromptOnly() : shell.run();
    }
  }

  /**
   * Whether a person is at a terminal: both standard input and output are one. JDK 22+ has a
   * console even when they are not, and says so with {@code Console.isTerminal()}.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before JDK 22 a console means a terminal
    } catch (ReflectiveOperationException | ClassCastException e) {
      return false;
    }
  }
}
