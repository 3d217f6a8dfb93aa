package dev.cogsh.shell;

import dev.cogsh.auth.Prompter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Prompts when input is piped: the answer is the next line of the input, the prompt goes to the
 * error stream (so that the output stays clean) and nothing is echoed. The end of the input answers
 * {@code null}, which cancels the sign-in that asked.
 */
final class StreamPrompter implements Prompter {

  private final BufferedReader input;
  private final PrintWriter err;

  StreamPrompter(BufferedReader input, PrintWriter err) {
    this.input = input;
    this.err = err;
  }

  @Override
  public String readLine(String prompt) {
    err.print(prompt);
    err.println();
    err.flush();
    try {
      return input.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String readSecret(String prompt) {
    return readLine(prompt);
  }

  @Override
  public void println(String text) {
    err.println(text);
    err.flush();
  }
}
