package dev.cogsh.cli;

import dev.cogsh.config.JvmSettings;
import dev.cogsh.shell.LineEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * The system terminal and the shell's line editor on it, built on a thread of their own: JLine
 * loads a native library (or runs {@code stty}) to learn the terminal's modes and size, reads its
 * capabilities, and builds the editor's key maps, a good part of the way to the first prompt that
 * can overlap the opening of the session instead of preceding it.
 */
final class TerminalProbe {

  /** Where the shell gets its terminal once the session is open. */
  @FunctionalInterface
  interface Source {
    Ready get() throws IOException;
  }

  /**
   * A terminal, and the line editor on it when it was built here ({@code null}: the shell builds
   * it).
   */
  record Ready(Terminal terminal, LineEditor editor) {}

  private TerminalProbe() {}

  /**
   * Starts building the system terminal and the line editor on it; returns at once.
   *
   * @param type the terminal type ({@code $TERM}), or {@code null}
   * @param historyFile the line editor's history
   */
  static CompletableFuture<Ready> begin(String type, Path historyFile) {
    CompletableFuture<Ready> terminal = new CompletableFuture<>();
    // a class, not a lambda: the first lambda of the process costs ~10 ms of bootstrapping, which
    // the probe's thread pays for itself instead of delaying its own start
    Thread probe = new Thread(new Probe(type, historyFile, terminal), "cogsh-terminal");
    probe.setDaemon(true);
    probe.start();
    return terminal;
  }

  private static final class Probe implements Runnable {
    private final String type;
    private final Path historyFile;
    private final CompletableFuture<Ready> terminal;

    Probe(String type, Path historyFile, CompletableFuture<Ready> terminal) {
      this.type = type;
      this.historyFile = historyFile;
      this.terminal = terminal;
    }

    @Override
    public void run() {
      try {
        Terminal built = build(type);
        terminal.complete(new Ready(built, LineEditor.on(built, historyFile)));
      } catch (IOException | RuntimeException | Error e) {
        terminal.completeExceptionally(e);
      }
    }
  }

  /** The terminal, once built; its failure as the {@link IOException} building it threw. */
  static Ready await(CompletableFuture<Ready> terminal) throws IOException {
    try {
      return terminal.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  /** Closes the terminal once it is built (restoring the terminal's modes); never throws. */
  static void close(CompletableFuture<Ready> terminal) {
    Terminal built;
    try {
      Ready ready = terminal.join();
      built = ready == null ? null : ready.terminal();
    } catch (CompletionException e) {
      return; // never built: nothing to restore
    }
    if (built != null) {
      try {
        built.close();
      } catch (IOException e) {
        // leaving anyway: the modes are the terminal's own to restore
      }
    }
  }

  private static Terminal build(String type) throws IOException {
    useShippedCapabilities(type);
    Terminal terminal;
    try {
      // JLine's native library only: with its stty-based provider enabled too, JLine checks that
      // provider by running `test -t 1`, a process on the way to the first prompt.
      terminal =
          TerminalBuilder.builder()
              .system(true)
              .exec(false)
              .dumb(false)
              .encoding(JvmSettings.terminalEncoding())
              .build();
    } catch (IOException | RuntimeException e) {
      // no native access: stty then
      terminal =
          TerminalBuilder.builder().system(true).encoding(JvmSettings.terminalEncoding()).build();
    }
    if (terminal.getWidth() <= 0) {
      // A terminal that reports no size (a pseudo-terminal nobody sized) would garble the line.
      terminal.setSize(new Size(80, 24));
    }
    return terminal;
  }

  /**
   * JLine runs {@code infocmp -x TYPE} for the terminal's capabilities (a process: a tenth of a
   * second on a busy machine) even for the types it ships a description of (xterm, xterm-256color,
   * screen, rxvt, ansi, …); for those its own description is used, and only another type asks the
   * system.
   */
  private static void useShippedCapabilities(String type) {
    if (type != null
        && InfoCmp.getLoadedInfoCmp(type) == null
        && InfoCmp.getDefaultInfoCmp(type) != null) {
      InfoCmp.setLoadedInfoCmp(type, () -> InfoCmp.getDefaultInfoCmp(type));
    }
  }
}
