package dev.cogsh.script;

import dev.cogsh.engine.Outcome;
import dev.cogsh.human.Durations;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Stops a snippet that runs past its time ({@code --snippet-timeout}) or past the end of the whole
 * run ({@code --timeout}), the way Ctrl-C stops it: the engine's stop. A run without limits starts
 * no timer thread.
 */
final class Watchdog implements AutoCloseable {

  /** How soon a stop is repeated while the snippet has not ended. */
  static final Duration AGAIN = Duration.ofMillis(100);

  private final Duration snippetLimit;
  private final Duration runLimit;
  private final long runDeadline;
  private final Runnable stop;
  private final ScheduledExecutorService timer;
  private final Object lock = new Object();
  private boolean running;
  private boolean fired;
  private boolean snippetFirst;
  private ScheduledFuture<?> alarm;

  /**
   * @param stop stops the snippet that runs (the engine's {@code stop})
   */
  Watchdog(RunOptions options, Runnable stop) {
    this.snippetLimit = options.snippetLimit().orElse(null);
    this.runLimit = options.runLimit().orElse(null);
    this.runDeadline = runLimit == null ? 0 : System.nanoTime() + runLimit.toNanos();
    this.stop = stop;
    this.timer =
        snippetLimit == null && runLimit == null
            ? null
            : Executors.newSingleThreadScheduledExecutor(
                task -> {
                  Thread thread = new Thread(task, "cogsh-watchdog");
                  thread.setDaemon(true);
                  return thread;
                });
  }

  /**
   * What came of a snippet under the limits.
   *
   * @param outcome the engine's outcome ({@link Outcome.Cancelled} when a limit stopped it)
   * @param limit the limit that stopped it, as the user wrote it ({@code --timeout 30s}), or {@code
   *     null}
   * @param endsRun whether the run must stop (its own limit was reached)
   */
  record Timed(Outcome outcome, String limit, boolean endsRun) {}

  /** Whether the whole run's time is up. */
  boolean runExpired() {
    return runLimit != null && System.nanoTime() - runDeadline >= 0;
  }

  /** Runs {@code eval} (the snippet {@code source}) under the limits. */
  Timed run(String source, Supplier<Outcome> eval) {
    if (timer == null) {
      return new Timed(eval.get(), null, false);
    }
    if (runExpired()) {
      return new Timed(new Outcome.Cancelled(source), runLimitText(), true);
    }
    synchronized (lock) {
      running = true;
      fired = false;
      schedule();
    }
    Outcome outcome;
    try {
      outcome = eval.get();
    } finally {
      synchronized (lock) {
        alarm.cancel(false);
      }
    }
    boolean stopped;
    boolean snippetLimitFirst;
    synchronized (lock) {
      running = false;
      stopped = fired;
      snippetLimitFirst = snippetFirst;
    }
    if (!stopped || !outcome.failed()) {
      // a snippet that finished as the alarm rang succeeded: the next step sees the run's end
      return new Timed(outcome, null, false);
    }
    return snippetLimitFirst
        ? new Timed(outcome, "--snippet-timeout " + Durations.format(snippetLimit), false)
        : new Timed(outcome, runLimitText(), true);
  }

  /**
   * A new step of a batch starts inside {@link #run}: its snippet limit counts from now (the run's
   * limit does not move).
   */
  void restartStep() {
    synchronized (lock) {
      if (timer != null && running && !fired) {
        alarm.cancel(false);
        schedule();
      }
    }
  }

  /** Sets the alarm for the snippet that starts now; holds the lock. */
  private void schedule() {
    long left = runLimit == null ? Long.MAX_VALUE : runDeadline - System.nanoTime();
    snippetFirst = snippetLimit != null && snippetLimit.toNanos() <= left;
    long after = snippetFirst ? snippetLimit.toNanos() : Math.max(left, 0);
    alarm = timer.schedule(this::fire, after, TimeUnit.NANOSECONDS);
  }

  /**
   * Stops the snippet, and again every {@link #AGAIN} until it has ended: JShell's stop reaches
   * only code that already runs, so one that lands while the snippet is still compiled (or between
   * JShell starting its thread and that thread running) would be lost, and the snippet would run to
   * its end.
   */
  private void fire() {
    synchronized (lock) {
      if (running) {
        fired = true;
        stop.run();
        alarm = timer.schedule(this::fire, AGAIN.toNanos(), TimeUnit.NANOSECONDS);
      }
    }
  }

  private String runLimitText() {
    return "--timeout " + Durations.format(runLimit);
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
