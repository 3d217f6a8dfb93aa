package dev.cogsh.shell;

import dev.cogsh.auth.Prompter;
import dev.cogsh.engine.Engine;
import dev.cogsh.engine.EngineOptions;
import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.StartupFailure;
import dev.cogsh.human.Redactor;
import dev.cogsh.script.RunListener;
import dev.cogsh.script.RunOptions;
import dev.cogsh.script.RunReport;
import dev.cogsh.script.Script;
import dev.cogsh.session.OpenSession;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * The REPL: reads an input (a slash command, or Java cut into snippets by the compiler), evaluates
 * it, prints what came of it. The same loop serves a person at a terminal and a pipe; with a pipe
 * it stops at the first failure and the exit status says whether everything succeeded.
 */
public final class Shell {

  private final ShellSetup setup;
  private final CommandTable commands;
  private final Printer printer;
  private final Prompter prompter;
  private final PrintStream snippetOut;
  private final PrintStream snippetErr;
  private final Startup startup;
  private final Engine engine;
  private final Input input;
  private final ShellContext context;
  private final Evaluation evaluation;
  private final AtomicBoolean startupReported = new AtomicBoolean();
  private Integer exitStatus;

  /**
   * Builds the shell and starts its engine in the background (the first prompt does not wait).
   *
   * @param commands the slash commands ({@link ShellCommands#standard})
   */
  public Shell(ShellSetup setup, CommandTable commands) {
    this(setup, commands, null);
  }

  /**
   * As above, adopting {@code early}, an engine started before the session was open ({@code null}:
   * start one now).
   */
  public Shell(ShellSetup setup, CommandTable commands, EarlyEngine early) {
    this(setup, commands, early, null);
  }

  /**
   * As above, with the session objects built and installed by {@code install} ({@code null}: the
   * session's own {@code install}); tests delay it.
   */
  Shell(ShellSetup setup, CommandTable commands, EarlyEngine early, Consumer<Prompter> install) {
    this.setup = setup;
    this.commands = commands;
    Terminal terminal = setup.terminal();
    BufferedReader piped = null;
    // every byte the shell and its snippets print goes through the session's one redactor
    Redactor redactor = setup.session().redactor();
    if (terminal != null) {
      printer = Printer.of(terminal, redactor);
      prompter = new TerminalPrompter(terminal);
      Charset charset = terminal.encoding();
      snippetOut =
          new PrintStream(new RedactingOutputStream(terminal.output(), redactor), true, charset);
      snippetErr = snippetOut;
    } else {
      printer = Printer.plain(writer(setup.out()), writer(setup.err()), redactor);
      piped = new BufferedReader(new InputStreamReader(setup.in(), StandardCharsets.UTF_8));
      prompter = new StreamPrompter(piped, writer(setup.err()));
      snippetOut = redacting(setup.out(), redactor);
      snippetErr = redacting(setup.err(), redactor);
    }
    startup =
        install == null ? new Startup(setup, prompter) : new Startup(setup, prompter, install);
    engine =
        early != null
            ? early.adopt(startup.userHook())
            : Engine.create(
                new EngineOptions(
                    setup.classPath(),
                    Startup.builtinHook(),
                    startup.userHook(),
                    snippetOut,
                    snippetErr));
    input =
        terminal != null
            ? new ConsoleInput(
                setup.lineEditor() != null
                    ? setup.lineEditor()
                    : LineEditor.on(terminal, setup.directories().historyFile()),
                engine,
                commands)
            : new StreamInput(
                piped, source -> engine.split(source).isComplete(), writer(setup.out()));
    evaluation =
        new Evaluation(engine, input, printer, this::runCommand, setup.session().registry());
    // Only now, with the line editor built, do the session objects and JShell start building:
    // on two cores they would otherwise slow down the way to the first prompt.
    startup.begin();
    engine.begin();
    context = new ShellContext(this);
    commands.started(context);
  }

  private static PrintStream redacting(PrintStream stream, Redactor redactor) {
    return new PrintStream(
        new RedactingOutputStream(stream, redactor), true, StandardCharsets.UTF_8);
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /**
   * Runs until {@code /exit}, Ctrl-D or the end of the input.
   *
   * @return the exit status: the one {@code /exit} gave, else 0, or 1 when piped input failed
   */
  public int run() {
    PrintStream hostOut = System.out;
    PrintStream hostErr = System.err;
    // Snippets run in this JVM: their System.out is ours, pointed at the terminal or the pipe.
    System.setOut(snippetOut);
    System.setErr(snippetErr);
    Thread ending = new Thread(this::endedUnderTheLoop, "cogsh-shell-ending");
    Runtime.getRuntime().addShutdownHook(ending);
    try {
      if (setup.interactive()) {
        banner();
        engine.readiness().thenAccept(this::reportStartup);
      }
      return loop();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(ending);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook says why
      }
      System.setOut(hostOut);
      System.setErr(hostErr);
      input.close();
      // Ctrl-D may come before the session objects are built: let that finish first, so that it
      // does not install them into a session the caller is closing.
      startup.awaitInstalled();
      engine.close();
    }
  }

  /**
   * The JVM ends while the loop runs: an exit call the engine could not refuse (by reflection, or
   * in a library's code; a snippet's own {@code System.exit} is refused, see {@code
   * engine.ExitCallRewriter}) or a signal came. Say which, and save the history.
   */
  private void endedUnderTheLoop() {
    String why =
        ExitCalls.inProgress()
            ? "a snippet called System.exit, which ends cogsh (snippets run in its JVM)"
            : "cogsh was stopped by a signal";
    input.close(); // saves the history (it is also saved line by line as you type)
    printer.err(
        new AttributedString(
            "cogsh: " + why + (setup.interactive() ? "; the history is saved" : "")));
  }

  /**
   * Prints the banner and the first prompt, then stops: what a person waits for before typing,
   * measured by {@code scripts/bench startup}. The engine keeps starting in the background.
   */
  public int firstPromptOnly() {
    if (setup.interactive()) {
      banner();
      printer.print(ConsoleInput.PROMPT);
    }
    input.close();
    return 0;
  }

  private int loop() {
    boolean failed = false;
    while (exitStatus == null) {
      String text;
      try {
        text = input.read();
      } catch (UserInterruptException e) {
        continue; // Ctrl-C at the prompt: the line is dropped and the shell goes on.
      } catch (EndOfFileException e) {
        break;
      }
      // Any other failure to read (a broken pipe) ends the shell: the caller reports it.
      try {
        // A Ctrl-C that raced with Enter must not cancel what comes next.
        Thread.interrupted();
        boolean succeeded = process(text);
        if (!succeeded && !setup.interactive()) {
          return evaluation.lastStatus();
        }
      } catch (UserInterruptException e) {
        // Ctrl-C at a prompt a command showed: the input is dropped and the shell goes on.
      } catch (EndOfFileException e) {
        break;
      } catch (RuntimeException e) {
        failed = true;
        printer.err(new AttributedString("cogsh: something went wrong inside the shell:"));
        ErrorRenderer.exception(e).forEach(printer::err);
        evaluation.remember(e);
        if (engine.failed()) {
          return 1; // without its engine the shell can do nothing
        }
      }
    }
    return exitStatus != null ? exitStatus : failed && !setup.interactive() ? 1 : 0;
  }

  /** Runs one input; returns whether it succeeded. */
  boolean process(String text) {
    reportStartup(engine.awaitReady());
    return evaluate(text);
  }

  /**
   * Runs an input as typed through the one evaluation loop: a slash command, or Java cut into
   * snippets by the compiler, stopping at the first failure. Ctrl-C stops the snippet that runs and
   * cancels the ones after it.
   */
  boolean evaluate(String source) {
    return evaluation.typed(source);
  }

  /** Runs a slash command line through the command table. */
  private boolean runCommand(String line) {
    String[] nameAndArguments = CommandTable.nameAndArguments(line);
    CommandTable.Lookup lookup = commands.find(nameAndArguments[0]);
    if (lookup instanceof CommandTable.Lookup.Found found) {
      return found.command().action().run(context, nameAndArguments[1]);
    }
    printer.err(CommandTable.problem(lookup).orElseThrow());
    return false;
  }

  /**
   * Replays scripts through the same loop as typed input ({@code /replay}, {@code cogsh run}): each
   * value printed, each failure rendered, and {@code listener} told each step.
   */
  RunReport replay(List<Script> scripts, RunOptions options, RunListener listener, Clock clock) {
    reportStartup(engine.awaitReady());
    return evaluation.run(scripts, options, listener, clock);
  }

  /** A refused {@code System.exit} ends the run ({@code cogsh run}): see {@link Evaluation}. */
  void runEndsAtExitCalls() {
    evaluation.runEndsAtExitCalls();
  }

  /** Where snippets' {@code System.out} goes: the terminal or the output, through the redactor. */
  PrintStream snippetOut() {
    return snippetOut;
  }

  /** Where snippets' {@code System.err} goes, through the redactor. */
  PrintStream snippetErr() {
    return snippetErr;
  }

  /** Prints an outcome: a value as {@code name ==> value}, a declaration, or a failure. */
  void render(Outcome outcome) {
    evaluation.render(outcome);
  }

  private void banner() {
    // as is: the description shows a password only for the sandbox's public demo user
    printer.outAsked(setup.version() + " — " + setup.session().target().description());
    setup.session().rememberedLine().ifPresent(printer::out);
    List<String> names = OpenSession.NAMES;
    printer.out(
        names.isEmpty()
            ? "Type /help for commands."
            : "Type /help for commands; " + Startup.listInWords(names) + " are ready.");
  }

  /** Reports start-up failures once, whichever comes first: the engine's callback or an input. */
  private void reportStartup(List<StartupFailure> failures) {
    List<String> problems = startup.problems();
    if ((failures.isEmpty() && problems.isEmpty()) || !startupReported.compareAndSet(false, true)) {
      return;
    }
    StringBuilder text = new StringBuilder();
    problems.forEach(problem -> text.append(problem).append('\n'));
    for (StartupFailure failure : failures) {
      text.append(failure.script()).append(':').append(failure.line()).append(": ");
      ErrorRenderer.lines(failure.outcome())
          .forEach(line -> text.append(printer.render(line)).append('\n'));
    }
    input.printAbove(text.toString().stripTrailing());
  }

  /** Calls {@code listener} with every outcome until the registration is closed. */
  CommandContext.Registration listen(Consumer<Outcome> listener) {
    return evaluation.listen(listener);
  }

  Printer printer() {
    return printer;
  }

  Engine engine() {
    return engine;
  }

  ShellSetup setup() {
    return setup;
  }

  CommandTable commands() {
    return commands;
  }

  Input input() {
    return input;
  }

  Throwable lastException() {
    return evaluation.lastException();
  }

  void exit(int status) {
    exitStatus = status;
  }
}
