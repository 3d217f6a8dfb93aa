package dev.cogsh.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A start-up hook that is given after the engine started: the engine builds JShell and warms up its
 * compiler while the caller still opens the session (config, sandbox) that the real hook needs,
 * then waits here for it. {@link #cancel()} lets the engine finish with nothing to run when the
 * hook will never come (the session could not be opened).
 */
public final class DeferredStartup implements StartupHook {

  private final CompletableFuture<StartupHook> hook = new CompletableFuture<>();

  /** Gives the hook to run; the first of this and {@link #cancel()} wins. */
  public void supply(StartupHook startup) {
    hook.complete(startup);
  }

  /** Nothing will be given: the engine finishes starting with nothing to run. */
  public void cancel() {
    hook.complete(StartupHook.NONE);
  }

  @Override
  public List<StartupFailure> run(Snippets snippets) {
    return hook.join().run(snippets);
  }
}
