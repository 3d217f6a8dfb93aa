package dev.cogsh.shell;

import dev.cogsh.script.SecretLiteralFilter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jline.reader.EndOfFileException;

/**
 * Input from a pipe ({@code echo 'api.get("/notes")' | cogsh}): lines are gathered until the
 * compiler says a snippet is complete. No prompt and no echo, so that the output holds only what
 * the snippets produce.
 */
final class StreamInput implements Input {

  private final BufferedReader reader;
  private final Predicate<String> complete;
  private final PrintWriter out;
  private final List<String> history = new ArrayList<>();

  /**
   * @param complete whether Java source ends where a snippet ends (the engine's {@code split})
   * @param out where {@link #printAbove} prints
   */
  StreamInput(BufferedReader reader, Predicate<String> complete, PrintWriter out) {
    this.reader = reader;
    this.complete = complete;
    this.out = out;
  }

  @Override
  public String read() {
    StringBuilder buffer = new StringBuilder();
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (buffer.length() == 0 && line.isBlank()) {
          continue;
        }
        if (buffer.length() == 0 && CommandTable.isCommand(line)) {
          return keep(line);
        }
        buffer.append(line).append('\n');
        if (complete.test(buffer.toString())) {
          return keep(buffer.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (buffer.length() > 0) {
      return keep(buffer.toString());
    }
    throw new EndOfFileException();
  }

  private String keep(String input) {
    if (!SecretLiteralFilter.carriesSecret(input)) {
      history.add(input.strip());
    }
    return input;
  }

  @Override
  public Handle onInterrupt(Runnable action) {
    return () -> {};
  }

  @Override
  public List<String> history() {
    return List.copyOf(history);
  }

  @Override
  public void printAbove(String text) {
    out.println(text);
    out.flush();
  }

  @Override
  public void close() {}
}
