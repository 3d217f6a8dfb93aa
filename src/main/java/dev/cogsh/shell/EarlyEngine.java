package dev.cogsh.shell;

import dev.cogsh.engine.DeferredStartup;
import dev.cogsh.engine.Engine;
import dev.cogsh.engine.EngineOptions;
import dev.cogsh.engine.StartupHook;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The engine started before the session is open: JShell's build and the compiler's warm-up (the
 * slowest part of a start), which is the built-in {@code startup.jsh} (imports only), overlap the
 * configuration and the sandbox start instead of following them. The shell built on the session
 * then adopts it ({@link Shell#Shell(ShellSetup, CommandTable, EarlyEngine)}) and gives it its
 * start-up scripts; when no shell comes, closing it lets the engine end.
 */
public final class EarlyEngine implements AutoCloseable {

  private final DeferredStartup startup = new DeferredStartup();
  private final Engine engine;
  private boolean adopted;
  private boolean closed;

  private EarlyEngine(String classPath) {
    // JShell's own streams (unused by local execution) follow System.out and System.err, which
    // the shell points at its redacting streams while it runs.
    engine =
        Engine.start(
            new EngineOptions(
                classPath,
                Startup.builtinHook(),
                startup,
                following(() -> System.out),
                following(() -> System.err)));
  }

  /** Starts building the engine on a background thread; returns at once. */
  public static EarlyEngine start(String classPath) {
    return new EarlyEngine(classPath);
  }

  /** The engine, which runs {@code hook} (the user's start-up) after the built-in imports. */
  synchronized Engine adopt(StartupHook hook) {
    adopted = true;
    startup.supply(hook);
    return engine;
  }

  /** Ends the engine unless a shell adopted it (the shell closes it then). */
  @Override
  public synchronized void close() {
    if (!adopted && !closed) {
      closed = true;
      startup.cancel();
      engine.close();
    }
  }

  private static PrintStream following(Supplier<PrintStream> target) {
    return new PrintStream(
        new OutputStream() {
          @Override
          public void write(int b) {
            target.get().write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            target.get().write(bytes, offset, length);
          }

          @Override
          public void flush() {
            target.get().flush();
          }
        },
        true,
        StandardCharsets.UTF_8);
  }
}
