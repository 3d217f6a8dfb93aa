package dev.cogsh.engine;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local execution (snippets run in this JVM, classes loaded through the application class
 * loader) that also keeps the exception a snippet threw.
 *
 * <p>{@code executionEngine("local")} hands back only a copy of a thrown exception (its class name,
 * message and stack); keeping the object itself lets the shell show a cogsh exception's {@code
 * hint()} and its real cause chain. It also loads every snippet class with its {@code System.exit}
 * calls turned into a {@link SnippetExit} ({@link ExitCallRewriter}), so that a snippet cannot end
 * the shell. Everything else, including {@code stop()}, is JShell's own {@link
 * LocalExecutionControl}.
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

      @Override
      public void load(ClassBytecodes[] classes)
          throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(withoutExits(classes));
      }

      @Override
      public void redefine(ClassBytecodes[] classes)
          throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.redefine(withoutExits(classes));
      }
    };
  }

  /**
   * The classes with their exit calls turned into {@link SnippetExit} ({@link ExitCallRewriter}).
   */
  private static ClassBytecodes[] withoutExits(ClassBytecodes[] classes) {
    ClassBytecodes[] rewritten = new ClassBytecodes[classes.length];
    for (int i = 0; i < classes.length; i++) {
      rewritten[i] =
          new ClassBytecodes(classes[i].name(), ExitCallRewriter.rewrite(classes[i].bytecodes()));
    }
    return rewritten;
  }

  /** The exception the last snippet threw, cleared by the call. */
  Throwable takeLastThrown() {
    return lastThrown.getAndSet(null);
  }
}
