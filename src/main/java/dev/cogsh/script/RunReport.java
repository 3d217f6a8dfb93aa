package dev.cogsh.script;

import dev.cogsh.engine.SnippetExit;
import dev.cogsh.human.Durations;
import java.time.Duration;
import java.util.List;

/**
 * What a run did.
 *
 * @param snippets the steps that ran (Java snippets and commands), the failed ones included
 * @param failures the failed steps, in order; empty when everything succeeded
 * @param elapsed how long the run took
 */
public record RunReport(int snippets, List<Failure> failures, Duration elapsed) {

  public RunReport {
    failures = List.copyOf(failures);
  }

  /** Whether every step succeeded. */
  public boolean succeeded() {
    return failures.isEmpty();
  }

  /**
   * The exit status of the run: 0 when every step succeeded, the status a snippet gave {@code
   * System.exit} when that ended it, else 1.
   */
  public int exitStatus() {
    if (failures.isEmpty()) {
      return 0;
    }
    return failures.get(failures.size() - 1).exitCall().map(SnippetExit::status).orElse(1);
  }

  /**
   * The summary line: {@code 12 snippets, 5 requests, 0 failed, 1.2s}.
   *
   * @param requests the HTTP requests the run sent, or a negative number to leave them out
   */
  public String summary(long requests) {
    StringBuilder line = new StringBuilder();
    line.append(snippets).append(snippets == 1 ? " snippet, " : " snippets, ");
    if (requests >= 0) {
      line.append(requests).append(requests == 1 ? " request, " : " requests, ");
    }
    line.append(failures.size()).append(" failed, ");
    line.append(Durations.format(elapsed));
    return line.toString();
  }

  /**
   * The summary line with the traffic counted apart: {@code 4 snippets, 3 Cognito calls, 2 API
   * requests, 0 failed, 1.2s}.
   */
  public String summary(Traffic traffic) {
    return snippets
        + (snippets == 1 ? " snippet, " : " snippets, ")
        + traffic.describe()
        + ", "
        + failures.size()
        + " failed, "
        + Durations.format(elapsed);
  }
}
