package dev.cogsh.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * An in-process JShell: snippets run in this JVM and see the host's classes (and so the very
 * objects {@code dev.cogsh.runtime.Session} holds).
 *
 * <p>{@link #start} returns at once: JShell is built, the compiler warmed up (the first compilation
 * is the slow one; with the warm-up script when one is given) and the start-up {@link StartupHook}
 * run (the user's start-up script, through the one evaluation loop) on a background thread. Every
 * other method waits for that to finish. JShell is not thread-safe, so calls are serialised; only
 * {@link #stop()} may come from another thread.
 */
public final class Engine implements Snippets, AutoCloseable {

  private final EngineOptions options;
  private final ReentrantLock lock = new ReentrantLock();
  private final CompletableFuture<List<StartupFailure>> ready;
  private final AtomicBoolean begun = new AtomicBoolean();
  private final AtomicLong evaluations = new AtomicLong();
  private volatile boolean running;
  private volatile boolean stopRequested;
  private final Temporaries temporaries = new Temporaries();
  // written under lock; read by stop() from other threads
  private LocalExecution execution;
  private volatile JShell jshell;

  private Engine(EngineOptions options) {
    this.options = options;
    this.ready = new CompletableFuture<>();
  }

  /** Builds the engine on a background thread and returns at once. */
  public static Engine start(EngineOptions options) {
    Engine engine = create(options);
    engine.begin();
    return engine;
  }

  /**
   * An engine whose build has not begun yet: {@link #begin()} starts it (the shell does once its
   * line editor is built, so that the first prompt does not share the CPU with the compiler's
   * warm-up); every call but {@link #stop()} and {@link #close()} waits for it.
   */
  public static Engine create(EngineOptions options) {
    return new Engine(options);
  }

  /** Starts building JShell on a background thread; a second call does nothing. */
  public void begin() {
    if (!begun.compareAndSet(false, true)) {
      return;
    }
    Engine engine = this;
    Thread starter =
        new Thread(
            () -> {
              try {
                engine.ready.complete(engine.build());
              } catch (RuntimeException | Error e) {
                engine.ready.completeExceptionally(e);
              }
            },
            "cogsh-engine-start");
    starter.setDaemon(true);
    starter.start();
  }

  /** Waits until JShell is built and the start-up scripts ran; returns the ones that failed. */
  public List<StartupFailure> awaitReady() {
    try {
      return ready.get();
    } catch (ExecutionException e) {
      throw new EngineException("the Java engine did not start: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while the Java engine started", e);
    }
  }

  /** Completes when the engine is ready, with the start-up snippets that failed. */
  public CompletionStage<List<StartupFailure>> readiness() {
    return ready.minimalCompletionStage();
  }

  /** Whether the engine could not start (every call then throws {@link EngineException}). */
  public boolean failed() {
    return ready.isCompletedExceptionally();
  }

  /** Whether the engine is ready (the start-up scripts ran). */
  public boolean isReady() {
    return ready.isDone();
  }

  /** Cuts {@code input} into complete snippets, as the compiler sees them. */
  @Override
  public Split split(String input) {
    return locked(() -> Splitter.split(jshell.sourceCodeAnalysis(), input));
  }

  /** Evaluates one complete snippet (one element of {@link #split}). */
  @Override
  public Outcome eval(String snippet) {
    return locked(() -> evalLocked(snippet));
  }

  /** Completion suggestions for {@code input} with the cursor at {@code cursor}. */
  public Completions completions(String input, int cursor) {
    return locked(
        () -> {
          int[] anchor = new int[1];
          List<Completions.Suggestion> suggestions =
              jshell.sourceCodeAnalysis().completionSuggestions(input, cursor, anchor).stream()
                  .map(s -> new Completions.Suggestion(s.continuation(), s.matchesType()))
                  .collect(Collectors.toList());
          return new Completions(anchor[0], suggestions);
        });
  }

  /** The signatures (and Javadoc, when asked and available) of what is at the cursor. */
  public List<Documentation> documentation(String input, int cursor, boolean javadoc) {
    return locked(
        () ->
            jshell.sourceCodeAnalysis().documentation(input, cursor, javadoc).stream()
                .map(d -> new Documentation(d.signature(), d.javadoc()))
                .collect(Collectors.toList()));
  }

  /** The active variables, in declaration order. */
  public List<Variable> variables() {
    return locked(
        () ->
            jshell
                .variables()
                .filter(v -> jshell.status(v).isActive())
                .map(v -> new Variable(v.name(), v.typeName(), valueOf(v)))
                .collect(Collectors.toList()));
  }

  /** The active imports, as written ({@code import java.util.*;}). */
  public List<String> imports() {
    return locked(
        () ->
            jshell
                .imports()
                .filter(i -> jshell.status(i).isActive())
                .map(i -> withoutLeadingComments(i.source()))
                .collect(Collectors.toList()));
  }

  /** An import's source without the comment lines a script put before it. */
  private static String withoutLeadingComments(String source) {
    List<String> lines = source.strip().lines().toList();
    int first = 0;
    while (first < lines.size() - 1
        && (lines.get(first).isBlank() || lines.get(first).strip().startsWith("//"))) {
      first++;
    }
    return String.join("\n", lines.subList(first, lines.size())).strip();
  }

  /**
   * Stops the snippet that is running, if any (from any thread, e.g. a Ctrl-C handler). Blocking
   * calls in host code see an interrupt.
   */
  public void stop() {
    JShell current = jshell;
    if (running && current != null) {
      stopRequested = true;
      current.stop();
    }
  }

  /**
   * Throws everything away and starts again: a new JShell, the warm-up and start-up hooks run
   * again.
   */
  public List<StartupFailure> reset() {
    awaitReady();
    lock.lock();
    try {
      jshell.close();
      return build();
    } finally {
      lock.unlock();
    }
  }

  /** Closes JShell; when it is still starting, closes it once it has (without waiting here). */
  @Override
  public void close() {
    ready.whenComplete(
        (failures, failure) -> {
          if (failure == null) {
            lock.lock();
            try {
              jshell.close();
            } finally {
              lock.unlock();
            }
          }
        });
  }

  private List<StartupFailure> build() {
    lock.lock();
    try {
      execution = new LocalExecution();
      temporaries.restart();
      jshell =
          JShell.builder()
              .executionEngine(execution, Map.of())
              .tempVariableNameGenerator(temporaries::next)
              .compilerOptions("--class-path", options.classPath())
              .out(options.out())
              .err(options.err())
              .build();
      evaluations.set(0);
      // Warm up first (the first compilation is the slow one), while the caller may still be
      // preparing the start-up hook on another thread: with the warm-up script given (one that
      // needs nothing from the caller), else with a statement, which runs the whole path (compile,
      // load, invoke) without taking a $n name.
      List<StartupFailure> failures = new ArrayList<>();
      if (options.warmUp() == StartupHook.NONE) {
        evalLocked("{ }");
      } else {
        failures.addAll(options.warmUp().run(starting()));
      }
      failures.addAll(options.startup().run(starting()));
      return List.copyOf(failures);
    } finally {
      lock.unlock();
    }
  }

  /** This engine as its start-up hook sees it: on this thread, not waiting for readiness. */
  private Snippets starting() {
    return new Snippets() {
      @Override
      public Split split(String input) {
        return Splitter.split(jshell.sourceCodeAnalysis(), input);
      }

      @Override
      public Outcome eval(String snippet) {
        return evalLocked(snippet);
      }
    };
  }

  /**
   * How many evaluations the current JShell made since it was built (the start-up ones included):
   * each is one compilation, and a batch of statements is one.
   */
  public long evaluations() {
    return evaluations.get();
  }

  private Outcome evalLocked(String snippet) {
    Evaluated done = evaluate(snippet);
    Outcome outcome = Outcomes.of(snippet, done.events(), jshell, done.thrown(), done.stopped());
    temporaries.dropShown(jshell, done.events());
    return outcome;
  }

  /**
   * Evaluates statements as ONE JShell evaluation, {@code listener} hearing each as it runs ({@link
   * BatchRun}); one that does not compile runs nothing: {@link BatchResult#notRun()}.
   */
  public BatchResult evalBatch(List<BatchStep> steps, StepListener listener) {
    return locked(
        () -> new BatchRun(steps, listener, jshell, temporaries::next).run(this::evaluate));
  }

  /** One JShell evaluation, stoppable by {@link #stop()}. */
  private Evaluated evaluate(String snippet) {
    execution.takeLastThrown();
    stopRequested = false;
    running = true;
    evaluations.incrementAndGet();
    List<SnippetEvent> events;
    try {
      events = jshell.eval(snippet);
    } finally {
      running = false;
    }
    boolean stopped = stopRequested;
    stopRequested = false;
    return new Evaluated(events, stopped, execution.takeLastThrown());
  }

  /**
   * For a replay ({@code cogsh run}): once its value is printed, a bare expression's variable
   * ({@code $12}) is dropped. JShell wraps every new snippet in a class that imports every active
   * variable, so each kept {@code $n} made every later snippet slower to compile, and a script of n
   * statements cost O(n²). Named variables stay (a name declared again replaces the old one).
   */
  public void forgetTemporaries() {
    temporaries.forget();
  }

  private String valueOf(VarSnippet variable) {
    try {
      return jshell.varValue(variable);
    } catch (RuntimeException e) {
      return "(" + e.getMessage() + ")";
    }
  }

  private <T> T locked(Supplier<T> action) {
    awaitReady();
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
