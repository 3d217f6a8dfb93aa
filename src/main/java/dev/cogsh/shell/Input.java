package dev.cogsh.shell;

import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;

/** Where the shell's input comes from: the terminal, or a pipe. */
interface Input extends AutoCloseable {

  /**
   * The next complete input: a slash command, or Java that ends where a snippet ends (or what was
   * left when a pipe ended).
   *
   * @throws UserInterruptException on Ctrl-C at the prompt
   * @throws EndOfFileException on Ctrl-D or the end of the pipe
   */
  String read();

  /** While the returned handle is open, Ctrl-C runs {@code action} instead of ending cogsh. */
  Handle onInterrupt(Runnable action);

  /** The inputs kept in the history, oldest first. */
  List<String> history();

  /** Prints lines while the prompt may be showing (e.g. from a background thread). */
  void printAbove(String text);

  @Override
  void close();

  /** A handle that undoes what set it up. */
  interface Handle extends AutoCloseable {
    @Override
    void close();
  }
}
