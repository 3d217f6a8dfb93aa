package dev.cogsh.script;

import dev.cogsh.engine.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one evaluation loop: runs scripts step by step, in one engine. The compiler cuts the Java
 * ({@link ScriptSplitter}), each step keeps its {@code FILE:LINE}, Java snippets go to a {@link
 * SnippetEvaluator}, slash commands to a {@link CommandDispatcher}, and a {@link RunListener} hears
 * every step. Stops at the first failure unless {@link RunOptions#keepGoing()}; the run's
 * parameters are {@link Parameters#runWith current} while it runs.
 *
 * <p>Everything cogsh evaluates comes through here: what is typed at the prompt or piped in (a
 * one-step or few-step script), the start-up scripts ({@link StartupScripts}), {@code /replay} and
 * {@code cogsh run}. They differ only in the evaluator, the dispatcher and the listener they pass.
 */
public final class ScriptRunner {

  private final ScriptSplitter splitter;
  private final SnippetEvaluator evaluator;
  private final CommandDispatcher commands;
  private final RunListener listener;
  private final Clock clock;
  private final Runnable stop;

  /**
   * @param splitter cuts scripts into steps (over the same engine as {@code evaluator})
   * @param evaluator runs a Java snippet
   * @param commands runs a slash command
   * @param listener hears progress and failures
   * @param clock times the run
   */
  public ScriptRunner(
      ScriptSplitter splitter,
      SnippetEvaluator evaluator,
      CommandDispatcher commands,
      RunListener listener,
      Clock clock) {
    this(splitter, evaluator, commands, listener, clock, () -> {});
  }

  /**
   * A runner that can enforce {@link RunOptions#timeout()} and {@link RunOptions#snippetTimeout()}.
   *
   * @param stop stops the snippet that runs, from another thread (the engine's {@code stop})
   */
  public ScriptRunner(
      ScriptSplitter splitter,
      SnippetEvaluator evaluator,
      CommandDispatcher commands,
      RunListener listener,
      Clock clock,
      Runnable stop) {
    this.stop = Objects.requireNonNull(stop, "stop");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Runs the scripts in order, in the same session; returns what happened. */
  public RunReport run(List<Script> scripts, RunOptions options) {
    Instant start = clock.instant();
    List<Failure> failures = new ArrayList<>();
    int[] ran = new int[1];
    // A /replay inside a replayed script sees the parameters of the run around it too.
    Parameters parameters =
        Parameters.current().map(p -> p.with(options.parameters())).orElse(options.parameters());
    try (Watchdog watchdog = new Watchdog(options, stop)) {
      parameters.runWith(
          () -> {
            for (Script script : scripts) {
              if (!runScript(script, options.keepGoing(), watchdog, failures, ran)) {
                break;
              }
            }
            return null;
          });
    }
    return new RunReport(ran[0], failures, Duration.between(start, clock.instant()));
  }

  /** Runs one script; returns whether the run goes on. */
  private boolean runScript(
      Script script, boolean keepGoing, Watchdog watchdog, List<Failure> failures, int[] ran) {
    List<ScriptSnippet> snippets = splitter.split(script.name(), script.text());
    listener.scriptStarted(script, snippets.size());
    for (int i = 0; i < snippets.size(); i++) {
      ScriptSnippet snippet = snippets.get(i);
      listener.snippetStarted(snippet, i + 1, snippets.size());
      ran[0]++;
      Step step = runSnippet(snippet, watchdog);
      Failure failure = step.failure();
      if (failure != null) {
        failures.add(failure);
        listener.snippetFailed(failure);
        // Ctrl-C and --timeout stop a run even with --keep-going; --snippet-timeout does not.
        boolean cancelled = failure.outcome() instanceof Outcome.Cancelled && !step.timedOut();
        // a snippet's System.exit ends the run, as it would have ended the JVM
        boolean exited = failure.exitCall().isPresent();
        if (!keepGoing || cancelled || exited || step.endsRun()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Runs one step; returns what came of it, with its failure if it failed. */
  private Step runSnippet(ScriptSnippet snippet, Watchdog watchdog) {
    if (watchdog.runExpired()) {
      return Step.of(
          snippet, watchdog.run(snippet.source(), () -> new Outcome.Cancelled(snippet.source())));
    }
    switch (snippet.kind()) {
      case COMMAND:
        return new Step(
            commands.run(snippet.source()) ? null : Failure.ofCommand(snippet), false, false);
      case INCOMPLETE:
        return new Step(
            Failure.of(snippet, new Outcome.Incomplete(snippet.source())), false, false);
      default:
        Watchdog.Timed timed =
            watchdog.run(snippet.source(), () -> evaluator.eval(snippet.source()));
        Step step = Step.of(snippet, timed);
        if (step.failure() == null) {
          listener.snippetSucceeded(snippet, timed.outcome());
        }
        return step;
    }
  }

  /**
   * A step's result.
   *
   * @param failure its failure, or {@code null} when it succeeded
   * @param timedOut whether a time limit stopped it
   * @param endsRun whether the whole run's time is up
   */
  private record Step(Failure failure, boolean timedOut, boolean endsRun) {

    static Step of(ScriptSnippet snippet, Watchdog.Timed timed) {
      if (timed.limit() != null) {
        Failure failure =
            new Failure(
                snippet, snippet.line(), "timed out (" + timed.limit() + ")", timed.outcome());
        return new Step(failure, true, timed.endsRun());
      }
      Outcome outcome = timed.outcome();
      return new Step(outcome.failed() ? Failure.of(snippet, outcome) : null, false, false);
    }
  }
}
