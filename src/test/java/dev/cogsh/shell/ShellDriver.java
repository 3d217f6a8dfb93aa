package dev.cogsh.shell;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.LineDisciplineTerminal;

/**
 * Drives a {@link Shell} through a dumb JLine terminal on streams, as a person at a keyboard would:
 * keys go in through the terminal's line discipline (so Ctrl-C raises SIGINT), output is read back
 * with the escape sequences stripped.
 */
public final class ShellDriver implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("cogsh.test.timeout", 60));
  private static final Pattern ESCAPES =
      Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B[()][0-9A-Za-z]|\u001B[=>]|\r|\u0007");

  private final Screen screen = new Screen();
  private final LineDisciplineTerminal terminal;
  private final boolean dumb;
  private final CompletableFuture<Integer> status;
  private int mark;

  /** A shell on a dumb terminal. */
  ShellDriver(ShellSetup.Builder setup) {
    this(setup, "dumb");
  }

  /**
   * A shell on a terminal of {@code type}: {@code dumb} echoes a line only when it is accepted;
   * {@code xterm-256color} redraws as keys come (completion lists, documentation).
   */
  ShellDriver(ShellSetup.Builder setup, String type) {
    this(setup, type, table -> {});
  }

  /** A shell whose command table has what {@code extra} registers besides the standard ones. */
  ShellDriver(ShellSetup.Builder setup, String type, Consumer<CommandTable> extra) {
    this(
        type,
        terminal -> {
          try (OpenSession session = setup.session()) {
            CommandTable table = ShellCommands.standard(session);
            extra.accept(table);
            return new Shell(setup.terminal(terminal).build(), table).run();
          }
        });
  }

  /** Whatever {@code runner} starts on a terminal of {@code type}, run on a thread of its own. */
  public ShellDriver(String type, Function<Terminal, Integer> runner) {
    try {
      terminal = new LineDisciplineTerminal("test", type, screen, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    terminal.setSize(new Size(160, 40));
    dumb = type.startsWith("dumb");
    status = new CompletableFuture<>();
    Thread runnerThread =
        new Thread(
            () -> {
              try {
                status.complete(runner.apply(terminal));
              } catch (Throwable t) {
                status.completeExceptionally(t);
              }
            },
            "shell-under-test");
    runnerThread.setDaemon(true);
    runnerThread.start();
    status.whenComplete((done, failure) -> screen.stopped(failure));
  }

  /**
   * A setup for tests: no terminal yet, a temporary home (also the working folder), and real {@code
   * auth}, {@code creds} and {@code api} over a configuration whose endpoints nothing listens on.
   */
  static ShellSetup.Builder setup(Path home) {
    Environment environment = new Environment(Map.of(), home, home);
    return setup(
        home,
        SessionFactory.given(
            SessionTestSupport.offlineConfig(), environment, SessionRequest.Answers.ASK));
  }

  /** A setup for tests on {@code session} (the driver closes it when the shell ends). */
  static ShellSetup.Builder setup(Path home, OpenSession session) {
    PrintStream discard =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    return ShellSetup.builder()
        .in(InputStream.nullInputStream())
        .out(discard)
        .err(discard)
        .directories(UserDirectories.of(new Environment(Map.of(), home, home)))
        .version("cogsh 0.1")
        .session(session)
        .classPath(System.getProperty("java.class.path"));
  }

  /**
   * Types {@code keys} (use {@code \n} for Enter, {@code \t} for Tab, {@code \u0003} for Ctrl-C).
   */
  public ShellDriver type(String keys) {
    try {
      terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Waits until {@code expected} appears after what earlier waits consumed; returns the output from
   * there up to and including it.
   */
  public String await(String expected) {
    return await(expected, TIMEOUT);
  }

  /**
   * Like {@link #await(String)}, failing when {@code expected} takes longer than {@code within}.
   */
  public String await(String expected, Duration within) {
    String seen = screen.await(expected, mark, within);
    int at = seen.indexOf(expected, mark);
    String between = seen.substring(mark, at + expected.length());
    mark = at + expected.length();
    return between;
  }

  /** Waits for the next prompt; returns the output before it. */
  public String awaitPrompt() {
    return awaitPrompt(TIMEOUT);
  }

  /** Waits at most {@code within} for the next prompt; returns the output before it. */
  public String awaitPrompt(Duration within) {
    String text = await(ConsoleInput.PROMPT, within);
    return text.substring(0, text.length() - ConsoleInput.PROMPT.length());
  }

  /** Everything printed so far, escapes stripped. */
  public String output() {
    return screen.text();
  }

  public int awaitExit() {
    try {
      return status.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the shell did not exit; output:\n" + output(), e);
    }
  }

  @Override
  public void close() {
    if (!status.isDone()) {
      if (dumb) {
        // Ctrl-C cancels a running snippet or drops the line; the next prompt is a fresh one.
        type("\u0003");
        awaitPrompt();
      } else {
        // A redrawing terminal shows prompts on every redraw: drop the line with Ctrl-U instead.
        type("\u0015");
      }
      type("/exit\n");
      awaitExit();
    }
  }

  /** The terminal's output, with a way to wait for text to show up. */
  private static final class Screen extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Throwable failure;

    /** The shell ended; a failure ends every wait. */
    synchronized void stopped(Throwable failure) {
      this.failure = failure;
      notifyAll();
    }

    @Override
    public synchronized void write(int b) {
      bytes.write(b);
      notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
      notifyAll();
    }

    synchronized String text() {
      return ESCAPES.matcher(bytes.toString(StandardCharsets.UTF_8)).replaceAll("");
    }

    synchronized String await(String expected, int from, Duration within) {
      long deadline = System.nanoTime() + within.toNanos();
      while (true) {
        String text = text();
        if (text.indexOf(expected, from) >= 0) {
          return text;
        }
        if (failure != null) {
          throw new AssertionError("the shell failed; output:\n" + text, failure);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "no \""
                  + expected
                  + "\" in the output within "
                  + within.toMillis()
                  + " ms after:\n"
                  + text.substring(Math.min(from, text.length()))
                  + "\n--- whole output:\n"
                  + text);
        }
        try {
          wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
    }
  }
}
