package dev.cogsh.script;

import dev.cogsh.engine.BatchResult;
import dev.cogsh.engine.BatchStep;
import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.StepListener;
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
              if (!runScript(script, options, watchdog, failures, ran)) {
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
      Script script, RunOptions options, Watchdog watchdog, List<Failure> failures, int[] ran) {
    List<ScriptSnippet> snippets = splitter.split(script.name(), script.text());
    listener.scriptStarted(script, snippets.size());
    Batches batches = new Batches(snippets, options.batch());
    int i = 0;
    int oneByOneUntil = 0;
    while (i < snippets.size()) {
      List<BatchStep> batch = i < oneByOneUntil ? List.of() : batches.from(i);
      if (batch.size() > 1 && !watchdog.runExpired()) {
        BatchOutcome outcome = runBatch(snippets, i, batch, watchdog, ran);
        if (outcome.compiled()) {
          if (outcome.step() == null) {
            i += batch.size();
            continue;
          }
          int failed = i + outcome.failedIndex();
          if (!handled(outcome.step(), options.keepGoing(), failures)) {
            return false;
          }
          i = failed + 1;
          continue;
        }
        // it does not compile: one by one, so that every error is reported as always
        oneByOneUntil = i + batch.size();
      }
      ScriptSnippet snippet = snippets.get(i);
      listener.snippetStarted(snippet, i + 1, snippets.size());
      ran[0]++;
      if (!handled(runSnippet(snippet, watchdog), options.keepGoing(), failures)) {
        return false;
      }
      i++;
    }
    return true;
  }

  /** Records a step's failure, if any; returns whether the run goes on. */
  private boolean handled(Step step, boolean keepGoing, List<Failure> failures) {
    Failure failure = step.failure();
    if (failure == null) {
      return true;
    }
    failures.add(failure);
    listener.snippetFailed(failure);
    // Ctrl-C and --timeout stop a run even with --keep-going; --snippet-timeout does not.
    boolean cancelled = failure.outcome() instanceof Outcome.Cancelled && !step.timedOut();
    // a snippet's System.exit ends the run, as it would have ended the JVM
    boolean exited = failure.exitCall().isPresent();
    return keepGoing && !cancelled && !exited && !step.endsRun();
  }

  /**
   * Runs {@code batch}, the steps from {@code first} on, as one evaluation; the listener hears each
   * step as it starts and succeeds, as when they run one by one.
   */
  private BatchOutcome runBatch(
      List<ScriptSnippet> snippets,
      int first,
      List<BatchStep> batch,
      Watchdog watchdog,
      int[] ran) {
    StepListener steps =
        new StepListener() {
          @Override
          public void started(int step) {
            watchdog.restartStep();
            listener.snippetStarted(snippets.get(first + step), first + step + 1, snippets.size());
            ran[0]++;
          }

          @Override
          public void finished(int step, Outcome outcome) {
            listener.snippetSucceeded(snippets.get(first + step), outcome);
          }
        };
    BatchResult[] result = new BatchResult[1];
    Watchdog.Timed timed =
        watchdog.run(
            batch.get(0).source(),
            () -> {
              result[0] = evaluator.evalBatch(batch, steps);
              return result[0].failure() != null
                  ? result[0].failure()
                  : new Outcome.Executed(batch.get(0).source());
            });
    if (result[0] == null || !result[0].compiled()) {
      return new BatchOutcome(false, null, -1);
    }
    if (result[0].failure() == null) {
      return new BatchOutcome(true, null, -1);
    }
    int failed = result[0].failedStep();
    return new BatchOutcome(true, Step.of(snippets.get(first + failed), timed), failed);
  }

  /**
   * What came of a batch.
   *
   * @param compiled whether it ran (when not, its steps run one by one)
   * @param step the failed step's result, or {@code null} when every step succeeded
   * @param failedIndex the failed step's index in the batch, or -1
   */
  private record BatchOutcome(boolean compiled, Step step, int failedIndex) {}

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
