package dev.cogsh.shell;

import dev.cogsh.config.TextFiles;
import dev.cogsh.script.SecretLiteralFilter;
import dev.cogsh.script.SecretParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, less the snippets that carry a secret literal ({@link SecretLiteralFilter}):
 * those are neither recalled nor written to the history file. A slash command is kept with the
 * values of its secret-named {@code --param}s as {@code ****}.
 *
 * <p>A history file that cannot be read or written (an unwritable home, a read-only file system)
 * never reaches JLine's logger, which would print a stack trace on the terminal at every line: the
 * first problem is kept and {@link #problem()} says it in one line, once.
 */
final class SecretFilteringHistory extends DefaultHistory {

  private final Path file;
  private String problem;

  /**
   * @param file the history file, named in the one-line problem
   */
  SecretFilteringHistory(Path file) {
    this.file = file;
  }

  @Override
  public void add(Instant time, String line) {
    if (line.stripLeading().startsWith("/")) {
      // a slash command is kept, with the values of its secret-named --params masked
      super.add(time, SecretParameters.masked(line));
    } else if (!SecretLiteralFilter.carriesSecret(line)) {
      super.add(time, line);
    }
  }

  @Override
  public void load() {
    try {
      super.load();
    } catch (IOException | IllegalArgumentException e) {
      remember("read", e);
    }
  }

  @Override
  public void save() {
    if (problem != null) {
      return; // one failure says it all; the history stays in memory for this session
    }
    try {
      super.save();
    } catch (IOException e) {
      remember("saved", e);
    }
  }

  private void remember(String what, Exception e) {
    if (problem == null) {
      String why =
          e instanceof IOException io ? TextFiles.reason(io) : String.valueOf(e.getMessage());
      problem =
          "cogsh: history not "
              + what
              + ": "
              + file
              + ": "
              + why
              + " (this session's history is kept in memory only; make the folder writable or"
              + " set XDG_DATA_HOME to a writable folder)";
    }
  }

  /** The first problem with the history file, in one line, if there was one. */
  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }
}
