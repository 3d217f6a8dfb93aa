package dev.cogsh.shell;

import dev.cogsh.auth.Prompter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Prompts on the terminal with a line reader of its own: no history (a password never reaches the
 * history file), no completion; a secret is echoed as {@code *}. Ctrl-C or Ctrl-D at a prompt
 * answers {@code null}, which cancels the sign-in that asked. The reader is built at the first
 * prompt: building one takes tens of milliseconds, and most sessions never prompt.
 */
final class TerminalPrompter implements Prompter {

  private final Terminal terminal;
  private LineReader reader; // guarded by this

  TerminalPrompter(Terminal terminal) {
    this.terminal = terminal;
  }

  private synchronized LineReader reader() {
    if (reader == null) {
      reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("cogsh-prompt")
              .variable(LineReader.DISABLE_HISTORY, true)
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              .build();
    }
    return reader;
  }

  @Override
  public String readLine(String prompt) {
    return read(prompt, null);
  }

  @Override
  public String readSecret(String prompt) {
    return read(prompt, '*');
  }

  private String read(String prompt, Character mask) {
    try {
      return reader().readLine(prompt, mask);
    } catch (UserInterruptException | EndOfFileException e) {
      return null;
    }
  }

  @Override
  public void println(String text) {
    terminal.writer().println(text);
    terminal.writer().flush();
  }
}
