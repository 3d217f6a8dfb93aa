package dev.cogsh.shell;

/**
 * Tells a snippet's {@code System.exit} from a signal while the JVM shuts down: the call leaves a
 * {@code Runtime.exit} frame on the thread that made it (a JShell thread, for a snippet), a signal
 * goes straight to {@code Shutdown.exit}.
 */
public final class ExitCalls {

  private ExitCalls() {}

  /** Whether some thread is inside {@code System.exit} / {@code Runtime.exit}. */
  public static boolean inProgress() {
    for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
      for (StackTraceElement frame : stack) {
        if (frame.getClassName().equals("java.lang.Runtime")
            && frame.getMethodName().equals("exit")) {
          return true;
        }
      }
    }
    return false;
  }
}
