package dev.cogsh.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * The system terminal, built on a thread of its own: JLine loads a native library or runs {@code
 * stty} to learn the terminal's modes and size (about a tenth of a second), which can overlap the
 * opening of the session instead of preceding it.
 */
final class TerminalProbe {

  /** Where the shell gets its terminal once the session is open. */
  @FunctionalInterface
  interface Source {
    Terminal get() throws IOException;
  }

  private TerminalProbe() {}

  /**
   * Starts building the system terminal; returns at once.
   *
   * @param type the terminal type ({@code $TERM}), or {@code null}
   */
  static CompletableFuture<Terminal> begin(String type) {
    CompletableFuture<Terminal> terminal = new CompletableFuture<>();
    Thread probe =
        new Thread(
            () -> {
              try {
                terminal.complete(build(type));
              } catch (IOException | RuntimeException | Error e) {
                terminal.completeExceptionally(e);
              }
            },
            "cogsh-terminal");
    probe.setDaemon(true);
    probe.start();
    return terminal;
  }

  /** The terminal, once built; its failure as the {@link IOException} building it threw. */
  static Terminal await(CompletableFuture<Terminal> terminal) throws IOException {
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
  static void close(CompletableFuture<Terminal> terminal) {
    Terminal built;
    try {
      built = terminal.join();
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
      terminal = TerminalBuilder.builder().system(true).exec(false).dumb(false).build();
    } catch (IOException | RuntimeException e) {
      terminal = TerminalBuilder.builder().system(true).build(); // no native access: stty then
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
