package dev.cogsh.engine;

/**
 * What a batch of snippets ({@link BatchSource}) calls as each of its steps runs, so that the host
 * hears every step at the moment it starts and ends, with its value, as if the steps ran one by
 * one. Public because snippet classes, in their own class loader, call it.
 *
 * <p>Snippets reach the host only through static members; the batch that runs is handed over
 * through one {@link InheritableThreadLocal}, set by the {@link Engine} for exactly the duration of
 * the batch's evaluation (JShell's local execution runs each evaluation on a new thread that the
 * evaluating thread starts, so the new thread inherits it). Outside a batch every method throws.
 */
public final class BatchSteps {

  /** An expression statement with a value. */
  @FunctionalInterface
  public interface ValueStep {
    /** Evaluates the expression. */
    Object get() throws Throwable;
  }

  /** An expression statement without a value (a {@code void} call). */
  @FunctionalInterface
  public interface VoidStep {
    /** Evaluates the expression. */
    void run() throws Throwable;
  }

  /** The host's side of the batch that runs. */
  interface Sink {
    /**
     * Step {@code step} (from 0) starts.
     *
     * @param valued whether it is an expression with a value (JShell names its value then)
     */
    void started(int step, boolean valued);

    /** Step {@code step} ended with this value. */
    void value(int step, Object value);

    /** Step {@code step} ended without a value. */
    void executed(int step);
  }

  private static final InheritableThreadLocal<Sink> CURRENT = new InheritableThreadLocal<>();

  private BatchSteps() {}

  /** Runs step {@code step}, an expression statement with a value. */
  public static void step(int step, ValueStep expression) throws Throwable {
    Sink sink = sink();
    sink.started(step, true);
    Object value = expression.get();
    sink.value(step, value);
  }

  /** Runs step {@code step}, an expression statement without a value. */
  public static void step(int step, VoidStep expression) throws Throwable {
    Sink sink = sink();
    sink.started(step, false);
    expression.run();
    sink.executed(step);
  }

  /** Step {@code step}, a statement, starts. */
  public static void begin(int step) {
    sink().started(step, false);
  }

  /** Step {@code step}, a statement, ended. */
  public static void end(int step) {
    sink().executed(step);
  }

  /** Runs {@code evaluation} with {@code sink} hearing the steps of the batch it evaluates. */
  static <T> T with(Sink sink, java.util.function.Supplier<T> evaluation) {
    CURRENT.set(sink);
    try {
      return evaluation.get();
    } finally {
      CURRENT.remove();
    }
  }

  private static Sink sink() {
    Sink sink = CURRENT.get();
    if (sink == null) {
      throw new IllegalStateException("BatchSteps is called by the engine's batches only");
    }
    return sink;
  }
}
