package dev.cogsh.shell;

import dev.cogsh.script.SecretLiteralFilter;
import dev.cogsh.script.SecretParameters;
import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, less the snippets that carry a secret literal ({@link SecretLiteralFilter}):
 * those are neither recalled nor written to the history file. A slash command is kept with the
 * values of its secret-named {@code --param}s as {@code ****}.
 */
final class SecretFilteringHistory extends DefaultHistory {

  @Override
  public void add(Instant time, String line) {
    if (line.stripLeading().startsWith("/")) {
      // a slash command is kept, with the values of its secret-named --params masked
      super.add(time, SecretParameters.masked(line));
    } else if (!SecretLiteralFilter.carriesSecret(line)) {
      super.add(time, line);
    }
  }
}
