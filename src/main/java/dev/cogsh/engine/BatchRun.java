package dev.cogsh.engine;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * One batch of steps evaluated as one JShell snippet ({@link BatchSource}), heard step by step: the
 * host side of {@link BatchSteps}. Each step's outcome is the one JShell would have given it alone,
 * with two differences that nobody sees in a replay: a bare expression's temporary is named {@code
 * $N} after the number JShell would have given it had every step of the batch been a snippet of its
 * own (JShell's own numbering goes on from the batch's one snippet, so a later {@code $N} may
 * repeat one; a replay drops them anyway, see {@link Engine#forgetTemporaries}), and {@link
 * Outcome.Value#type()} is the value's class ({@code Integer} where JShell says {@code int}).
 */
final class BatchRun implements BatchSteps.Sink {

  private final List<BatchStep> steps;
  private final StepListener listener;
  private final JShell jshell;
  private final BatchSource.Batch batch;
  private final Supplier<String> temporaries;
  private final String[] names;
  private volatile int current = -1;

  /**
   * @param temporaries names the next temporary, as JShell does ({@code $12})
   */
  BatchRun(
      List<BatchStep> steps, StepListener listener, JShell jshell, Supplier<String> temporaries) {
    this.steps = List.copyOf(steps);
    this.listener = listener;
    this.jshell = jshell;
    this.temporaries = temporaries;
    this.batch = BatchSource.build(this.steps);
    this.names = new String[this.steps.size()];
  }

  /** Evaluates the batch with {@code evaluate} (the engine's one JShell evaluation). */
  BatchResult run(Function<String, Evaluated> evaluate) {
    Evaluated evaluated = BatchSteps.with(this, () -> evaluate.apply(batch.source()));
    int step = Math.max(current, 0);
    String source = steps.get(step).source();
    if (evaluated.stopped()) {
      return new BatchResult(true, step, new Outcome.Cancelled(source));
    }
    SnippetEvent event =
        evaluated.events().stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
    if (event == null || event.status() == Snippet.Status.REJECTED) {
      return BatchResult.notRun();
    }
    JShellException copy = event.exception();
    if (copy == null) {
      return BatchResult.succeeded();
    }
    Throwable thrown = Outcomes.exception(jshell, copy, evaluated.thrown());
    if (thrown instanceof SnippetExit exit) {
      thrown = exit.at(batch.stepLine(step, batchLine(copy, event.snippet().id())));
    }
    return new BatchResult(true, step, new Outcome.Failed(source, thrown));
  }

  @Override
  public void started(int step, boolean valued) {
    current = step;
    if (valued) {
      String assigned = steps.get(step).assigned();
      names[step] = assigned != null ? assigned : temporaries.get();
    }
    listener.started(step);
  }

  @Override
  public void value(int step, Object value) {
    BatchStep done = steps.get(step);
    boolean temporary = done.assigned() == null;
    String name = names[step];
    String type = value == null ? "Object" : value.getClass().getSimpleName();
    listener.finished(
        step, new Outcome.Value(done.source(), name, type, ValueText.of(value), temporary));
  }

  @Override
  public void executed(int step) {
    listener.finished(step, new Outcome.Executed(steps.get(step).source()));
  }

  /** The line of the batch that was running when it threw: its innermost frame in the batch. */
  private static int batchLine(JShellException copy, String id) {
    for (StackTraceElement frame : copy.getStackTrace()) {
      if (("#" + id).equals(frame.getFileName()) && frame.getLineNumber() > 0) {
        return frame.getLineNumber();
      }
    }
    return 0;
  }
}
