package dev.cogsh.cli;

import dev.cogsh.script.Failure;
import dev.cogsh.script.RunListener;
import dev.cogsh.script.RunReport;
import dev.cogsh.script.ScriptSnippet;
import dev.cogsh.script.Traffic;
import dev.cogsh.shell.ExitCalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What {@code cogsh run} says when the JVM ends under it: a {@code SIGINT} or {@code SIGTERM}
 * ({@code interrupted at FILE:LINE}) or a snippet's own {@code System.exit} ({@code System.exit
 * called at FILE:LINE}, with the snippet), then the summary so far. A shutdown hook, registered for
 * the run and removed after it, so the exit status stays the JVM's: 130, 143, or the snippet's.
 *
 * <p>Snippets run in cogsh's JVM (local execution). A snippet's own {@code System.exit} is refused
 * and ends the run as a failure ({@code engine.SnippetExit}); what is left for this hook is a
 * signal, or an exit call the engine could not see (by reflection, or in a library's code).
 */
final class RunInterruption implements RunListener {

  private final RunOutput output;
  private final Supplier<Traffic> traffic;
  private final Clock clock;
  private final Instant start;
  private final Thread hook = new Thread(this::report, "cogsh-run-interrupted");
  private final AtomicInteger ran = new AtomicInteger();
  private final List<Failure> failures = new CopyOnWriteArrayList<>();
  private volatile ScriptSnippet current;

  /**
   * @param traffic what the run has sent so far (Cognito calls and API requests)
   */
  RunInterruption(RunOutput output, Supplier<Traffic> traffic, Clock clock) {
    this.output = output;
    this.traffic = traffic;
    this.clock = clock;
    this.start = clock.instant();
  }

  /** Watches from now until {@link #disarm()}. */
  RunInterruption arm() {
    Runtime.getRuntime().addShutdownHook(hook);
    return this;
  }

  /** The run ended by itself: nothing to report. */
  void disarm() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook reports
    }
  }

  @Override
  public void snippetStarted(ScriptSnippet snippet, int index, int total) {
    current = snippet;
    ran.incrementAndGet();
  }

  @Override
  public void snippetFailed(Failure failure) {
    failures.add(failure);
  }

  /** Runs in the shutdown hook. */
  void report() {
    ScriptSnippet at = current;
    String where = at == null ? "start-up, before the first snippet" : at.location();
    if (ExitCalls.inProgress()) {
      output.problem("System.exit called at " + where + ": the run ends with the snippet's status");
      if (at != null) {
        at.code().lines().limit(12).forEach(line -> output.problem("  | " + line));
      }
    } else {
      output.problem("interrupted at " + where);
    }
    RunReport report = new RunReport(ran.get(), failures, Duration.between(start, clock.instant()));
    output.summary(report.summary(traffic.get()) + " (interrupted)", false);
  }
}
