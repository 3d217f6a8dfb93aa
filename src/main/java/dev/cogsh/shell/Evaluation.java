package dev.cogsh.shell;

import dev.cogsh.engine.BatchResult;
import dev.cogsh.engine.BatchStep;
import dev.cogsh.engine.Engine;
import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.StepListener;
import dev.cogsh.human.SecretRegistry;
import dev.cogsh.script.CommandDispatcher;
import dev.cogsh.script.Failure;
import dev.cogsh.script.RunListener;
import dev.cogsh.script.RunOptions;
import dev.cogsh.script.RunReport;
import dev.cogsh.script.Script;
import dev.cogsh.script.ScriptRunner;
import dev.cogsh.script.ScriptSnippet;
import dev.cogsh.script.ScriptSplitter;
import dev.cogsh.script.SecretLiteralFilter;
import dev.cogsh.script.SecretParameters;
import dev.cogsh.script.SnippetEvaluator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The shell's side of the one evaluation loop ({@link ScriptRunner}), for typed input and replayed
 * scripts alike: its engine evaluates, its command table runs slash commands, each outcome is
 * printed (a value, a declaration, a failure through the one renderer) and passed to the outcome
 * listeners, and Ctrl-C stops the snippet that runs and cancels the ones after it.
 */
final class Evaluation {

  /** The name typed input goes by in the loop (never shown: typed failures have no FILE:LINE). */
  static final String TYPED = "input";

  private final Engine engine;
  private final Input input;
  private final Printer printer;
  private final CommandDispatcher commands;
  private final SecretRegistry secrets;
  private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
  private volatile Throwable lastException;
  private int lastStatus;
  private volatile boolean runEndsAtExitCalls;

  /**
   * @param secrets the session's registry: the secret literals of each snippet and the secret
   *     {@code --param}s of each command are registered before it runs or is echoed
   */
  Evaluation(
      Engine engine,
      Input input,
      Printer printer,
      CommandDispatcher commands,
      SecretRegistry secrets) {
    this.engine = engine;
    this.secrets = secrets;
    this.input = input;
    this.printer = printer;
    this.commands = commands;
  }

  /** Typed input: stops at the first failure; an input that ends inside a snippet says so. */
  boolean typed(String source) {
    RunReport report =
        run(
            List.of(new Script(TYPED, source)),
            RunOptions.defaults().withBatch(false), // one snippet at a time, as typed
            typed,
            Clock.systemUTC());
    lastStatus = report.exitStatus();
    return report.succeeded();
  }

  /**
   * The exit status of the last typed input: 0, 1 when it failed, or the status a refused {@code
   * System.exit} asked for (piped input ends with it).
   */
  int lastStatus() {
    return lastStatus;
  }

  /**
   * For {@code cogsh run}: a refused {@code System.exit} ends the whole run, so the shell's "keeps
   * running" message is left to the run's own report.
   */
  void runEndsAtExitCalls() {
    runEndsAtExitCalls = true;
  }

  /** Runs {@code scripts}; {@code listener} hears every step besides the printing. */
  RunReport run(List<Script> scripts, RunOptions options, RunListener listener, Clock clock) {
    AtomicBoolean cancelled = new AtomicBoolean();
    Input.Handle interrupt =
        input.onInterrupt(
            () -> {
              cancelled.set(true);
              engine.stop();
            });
    try {
      ScriptRunner runner =
          new ScriptRunner(
              new ScriptSplitter(engine::split),
              new SnippetEvaluator() {
                @Override
                public Outcome eval(String source) {
                  return cancelled.get() ? new Outcome.Cancelled(source) : engine.eval(source);
                }

                @Override
                public BatchResult evalBatch(List<BatchStep> steps, StepListener heard) {
                  // once cancelled, one by one: every later step says so
                  return cancelled.get() ? BatchResult.notRun() : engine.evalBatch(steps, heard);
                }
              },
              commands,
              registering.andThen(shown).andThen(listener),
              clock,
              engine::stop);
      return runner.run(scripts, options);
    } finally {
      interrupt.close();
    }
  }

  /** Registers each step's secrets before anyone echoes or runs it. */
  private final RunListener registering =
      new RunListener() {
        @Override
        public void snippetStarted(ScriptSnippet snippet, int index, int total) {
          if (snippet.kind() == ScriptSnippet.Kind.COMMAND) {
            SecretParameters.registerIn(snippet.code(), secrets);
          } else {
            SecretLiteralFilter.register(snippet.code(), secrets);
          }
        }
      };

  /** Each Java step's outcome, printed and passed on to the outcome listeners ({@code /record}). */
  private final RunListener shown =
      new RunListener() {
        @Override
        public void snippetSucceeded(ScriptSnippet snippet, Outcome outcome) {
          show(outcome);
        }

        @Override
        public void snippetFailed(Failure failure) {
          if (runEndsAtExitCalls && failure.exitCall().isPresent()) {
            return; // the run's own report says where, and that the run ends
          }
          if (failure.snippet().kind() == ScriptSnippet.Kind.JAVA) {
            show(failure.outcome());
          }
        }
      };

  /**
   * Typed input that ends inside a snippet, said at once (a replayed script's listener reports it
   * at its {@code FILE:LINE} instead).
   */
  private final RunListener typed =
      new RunListener() {
        @Override
        public void snippetFailed(Failure failure) {
          if (failure.snippet().kind() == ScriptSnippet.Kind.INCOMPLETE) {
            render(failure.outcome());
          }
        }
      };

  private void show(Outcome outcome) {
    render(outcome);
    for (Consumer<Outcome> listener : listeners) {
      listener.accept(outcome);
    }
  }

  /** Prints an outcome: a value as {@code name ==> value}, a declaration, or a failure. */
  void render(Outcome outcome) {
    if (outcome instanceof Outcome.Value value) {
      Optional<String> asked = ExplicitAsk.in(value.source());
      if (asked.isPresent()) {
        printer.out(
            new AttributedString(ExplicitAsk.note(asked.get()), AttributedStyle.DEFAULT.faint()));
        printer.outAsked(value.name() + " ==> " + value.value());
      } else {
        printer.out(value.name() + " ==> " + value.value());
      }
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

  /** Calls {@code listener} with every outcome until the registration is closed. */
  CommandContext.Registration listen(Consumer<Outcome> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** The exception of the last snippet that threw (or of the shell itself), for {@code /trace}. */
  Throwable lastException() {
    return lastException;
  }

  /** Keeps an exception for {@code /trace}. */
  void remember(Throwable thrown) {
    lastException = thrown;
  }
}
