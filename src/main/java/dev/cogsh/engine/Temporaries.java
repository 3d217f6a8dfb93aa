package dev.cogsh.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * JShell's temporaries ({@code $1}, {@code $2}, …): named here, as JShell's own generator names
 * them, so that the steps of a batch ({@link BatchRun}) take their numbers from the same count;
 * and, in a replay ({@link Engine#forgetTemporaries()}), dropped once their value is shown.
 */
final class Temporaries {

  private final AtomicInteger count = new AtomicInteger();
  private volatile boolean forget;

  /** A new JShell counts from 1 again. */
  void restart() {
    count.set(0);
  }

  /** The next name: {@code $12}. */
  String next() {
    return "$" + count.incrementAndGet();
  }

  /** From now on {@link #dropShown} drops them. */
  void forget() {
    forget = true;
  }

  /** Drops the temporary an evaluation made, if any, when they are forgotten. */
  void dropShown(JShell jshell, List<SnippetEvent> events) {
    if (!forget) {
      return;
    }
    for (SnippetEvent event : events) {
      if (event.causeSnippet() == null
          && event.snippet() instanceof VarSnippet variable
          && variable.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
          && jshell.status(variable).isActive()) {
        jshell.drop(variable);
      }
    }
  }
}
