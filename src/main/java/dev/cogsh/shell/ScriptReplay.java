package dev.cogsh.shell;

import dev.cogsh.engine.Outcome;
import dev.cogsh.script.RunListener;
import dev.cogsh.script.RunOptions;
import dev.cogsh.script.RunReport;
import dev.cogsh.script.Script;
import dev.cogsh.script.ScriptRunner;
import dev.cogsh.script.ScriptSplitter;
import dev.cogsh.script.SnippetEvaluator;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs scripts through a shell's own loop: each snippet and each command goes to {@link
 * CommandContext#run} exactly as if typed (values printed, failures rendered by the one renderer,
 * Ctrl-C cancels), and the runner places failures at their {@code FILE:LINE}. {@code /replay} and
 * {@code cogsh run} both replay this way.
 */
final class ScriptReplay {

  private ScriptReplay() {}

  static RunReport run(
      CommandContext context,
      List<Script> scripts,
      RunOptions options,
      RunListener listener,
      Clock clock) {
    AtomicReference<Outcome> last = new AtomicReference<>();
    SnippetEvaluator evaluator =
        source -> {
          last.set(null);
          boolean succeeded = context.run(source);
          Outcome outcome = last.get();
          if (outcome != null) {
            return outcome;
          }
          // no snippet was evaluated: the source was blank, or it ended inside a snippet
          return succeeded ? new Outcome.Executed(source) : new Outcome.Incomplete(source);
        };
    CommandContext.Registration heard = context.onOutcome(last::set);
    try {
      ScriptRunner runner =
          new ScriptRunner(
              new ScriptSplitter(context.engine()::split),
              evaluator,
              context::run,
              listener,
              clock);
      return runner.run(scripts, options);
    } finally {
      heard.close();
    }
  }
}
