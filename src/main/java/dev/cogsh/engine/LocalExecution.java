package dev.cogsh.engine;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local execution (snippets run in this JVM, classes loaded through the application class
 * loader) that also keeps the exception a snippet threw.
 *
 * <p>{@code executionEngine("local")} hands back only a copy of a thrown exception (its class name,
 * message and stack); keeping the object itself lets the shell show a cogsh exception's {@code
 * hint()} and its real cause chain. Everything else, including {@code stop()}, is JShell's own
 * {@link LocalExecutionControl}.
 */
final class LocalExecution implements ExecutionControlProvider {

  private final AtomicReference<Throwable> lastThrown = new AtomicReference<>();

  @Override
  public String name() {
    return "cogsh-local";
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    return new LocalExecutionControl() {
      @Override
      protected String throwConvertedInvocationException(Throwable cause)
          throws RunException, InternalException {
        lastThrown.set(cause);
        return super.throwConvertedInvocationException(cause);
      }
    };
  }

  /** The exception the last snippet threw, cleared by the call. */
  Throwable takeLastThrown() {
    return lastThrown.getAndSet(null);
  }
}
