package dev.cogsh.shell;

import dev.cogsh.auth.Prompter;
import dev.cogsh.engine.Engine;
import dev.cogsh.engine.EngineOptions;
import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.Split;
import dev.cogsh.engine.StartupFailure;
import dev.cogsh.session.OpenSession;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

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
  private final AtomicBoolean startupReported = new AtomicBoolean();
  private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
  private volatile Throwable lastException;
  private Integer exitStatus;

  /**
   * Builds the shell and starts its engine in the background (the first prompt does not wait).
   *
   * @param commands the slash commands ({@link ShellCommands#standard})
   */
  public Shell(ShellSetup setup, CommandTable commands) {
    this.setup = setup;
    this.commands = commands;
    Terminal terminal = setup.terminal();
    BufferedReader piped = null;
    if (terminal != null) {
      printer = Printer.of(terminal);
      prompter = new TerminalPrompter(terminal);
      Charset charset = terminal.encoding();
      snippetOut = new PrintStream(terminal.output(), true, charset);
      snippetErr = snippetOut;
    } else {
      printer = Printer.plain(writer(setup.out()), writer(setup.err()));
      piped = new BufferedReader(new InputStreamReader(setup.in(), StandardCharsets.UTF_8));
      prompter = new StreamPrompter(piped, writer(setup.err()));
      snippetOut = setup.out();
      snippetErr = setup.err();
    }
    startup = new Startup(setup, prompter);
    startup.begin();
    engine =
        Engine.start(
            new EngineOptions(setup.classPath(), startup::scripts, snippetOut, snippetErr));
    input =
        terminal != null
            ? new ConsoleInput(
                terminal,
                engine,
                commands,
                setup.directories().historyFile(),
                Set.copyOf(OpenSession.NAMES))
            : new StreamInput(
                piped, source -> engine.split(source).isComplete(), writer(setup.out()));
    context = new ShellContext(this);
    commands.started(context);
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
    try {
      if (setup.interactive()) {
        banner();
        engine.readiness().thenAccept(this::reportStartup);
      }
      return loop();
    } finally {
      System.setOut(hostOut);
      System.setErr(hostErr);
      input.close();
      engine.close();
    }
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
      try {
        String text = input.read();
        // A Ctrl-C that raced with Enter must not cancel what comes next.
        Thread.interrupted();
        boolean succeeded = process(text);
        if (!succeeded && !setup.interactive()) {
          return 1;
        }
      } catch (UserInterruptException e) {
        // Ctrl-C at the prompt: the line is dropped and the shell goes on.
      } catch (EndOfFileException e) {
        break;
      } catch (RuntimeException e) {
        failed = true;
        printer.err(new AttributedString("cogsh: something went wrong inside the shell:"));
        ErrorRenderer.exception(e).forEach(printer::err);
        lastException = e;
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
    if (CommandTable.isCommand(text)) {
      return runCommand(text);
    }
    return evaluate(text);
  }

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
   * Evaluates Java source snippet by snippet, stopping at the first failure. Ctrl-C stops the
   * snippet that runs and cancels the ones after it.
   */
  boolean evaluate(String source) {
    Split split = engine.split(source);
    AtomicBoolean cancelled = new AtomicBoolean();
    Input.Handle interrupt =
        input.onInterrupt(
            () -> {
              cancelled.set(true);
              engine.stop();
            });
    try {
      for (var chunk : split.complete()) {
        Outcome outcome =
            cancelled.get() ? new Outcome.Cancelled(chunk.source()) : engine.eval(chunk.source());
        render(outcome);
        for (Consumer<Outcome> listener : listeners) {
          listener.accept(outcome);
        }
        if (outcome.failed()) {
          return false;
        }
      }
    } finally {
      interrupt.close();
    }
    if (!split.isComplete()) {
      render(new Outcome.Incomplete(split.remaining()));
      return false;
    }
    return true;
  }

  /** Prints an outcome: a value as {@code name ==> value}, a declaration, or a failure. */
  void render(Outcome outcome) {
    if (outcome instanceof Outcome.Value value) {
      printer.out(value.name() + " ==> " + value.value());
    } else if (outcome instanceof Outcome.Declared declared && !declared.kind().equals("import")) {
      String line = "|  " + declared.action() + " " + declared.kind() + " " + declared.name();
      if (!declared.unresolved().isEmpty()) {
        line +=
            ", which cannot be used until "
                + String.join(", ", declared.unresolved())
                + " is declared";
      }
      printer.out(new AttributedString(line, AttributedStyle.DEFAULT.faint()));
    } else if (outcome.failed()) {
      if (outcome instanceof Outcome.Failed failed) {
        lastException = failed.exception();
      }
      ErrorRenderer.lines(outcome).forEach(printer::err);
    }
  }

  private void banner() {
    printer.out(setup.version() + " — " + setup.session().target().description());
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
    listeners.add(listener);
    return () -> listeners.remove(listener);
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

  /**
   * Runs again the lines of {@code startup.jsh} that bind {@code auth}, {@code creds} and {@code
   * api}, so that snippets see the objects the session installed now ({@code /config use}).
   */
  boolean rebind() {
    for (String line : Startup.bindings()) {
      Outcome outcome = engine.eval(line);
      if (outcome.failed()) {
        render(outcome);
        return false;
      }
    }
    return true;
  }

  CommandTable commands() {
    return commands;
  }

  Input input() {
    return input;
  }

  Throwable lastException() {
    return lastException;
  }

  void exit(int status) {
    exitStatus = status;
  }
}
