package dev.cogsh.shell;

import dev.cogsh.script.SecretLiteralFilter;
import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, less the snippets that carry a secret literal ({@link SecretLiteralFilter}):
 * those are neither recalled nor written to the history file.
 */
final class SecretFilteringHistory extends DefaultHistory {

  @Override
  public void add(Instant time, String line) {
    if (!SecretLiteralFilter.carriesSecret(line)) {
      super.add(time, line);
    }
  }
}
