package dev.cogsh.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Where the sandbox's start-up work goes (its RSA signing key, the seeded users' SRP verifiers):
 * straight to the sandbox's threads, or, for a sandbox started {@linkplain Sandbox#startHeld held},
 * held until {@link #open()} — which the shell calls once its first prompt is out, and every
 * request calls first, so that nothing ever waits for work that has not begun. On two cores that
 * work would otherwise share the CPU with the way to the first prompt.
 */
final class StartGate implements Executor {

  private final Executor threads;
  private final List<Runnable> held = new ArrayList<>();
  private volatile boolean open;

  StartGate(Executor threads, boolean open) {
    this.threads = threads;
    this.open = open;
  }

  @Override
  public void execute(Runnable work) {
    synchronized (this) {
      if (!open) {
        held.add(work);
        return;
      }
    }
    threads.execute(work);
  }

  /** Lets the held work (and all work from now on) run; a second call does nothing. */
  void open() {
    if (open) {
      return; // the common case: one volatile read per request
    }
    List<Runnable> released;
    synchronized (this) {
      if (open) {
        return;
      }
      open = true;
      released = List.copyOf(held);
      held.clear();
    }
    released.forEach(threads::execute);
  }
}
