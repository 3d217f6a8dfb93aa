package dev.cogsh.script;

import dev.cogsh.engine.Outcome;
import dev.cogsh.engine.Snippets;
import dev.cogsh.engine.StartupFailure;
import dev.cogsh.engine.StartupHook;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The start-up scripts ({@code startup.jsh}, the user's own), run through the one evaluation loop
 * ({@link ScriptRunner}) while the engine starts: cut by the compiler, each failure placed at its
 * {@code FILE:LINE}. Unlike a replayed script they run on after a failure, so that one broken line
 * of a user's start-up does not cost the rest; slash commands do not run there.
 */
public final class StartupScripts implements StartupHook {

  private final Supplier<List<Script>> source;
  private List<Script> scripts;

  private StartupScripts(Supplier<List<Script>> source) {
    this.source = source;
  }

  /** These scripts, in order. */
  public static StartupScripts of(List<Script> scripts) {
    List<Script> copy = List.copyOf(scripts);
    return new StartupScripts(() -> copy);
  }

  /**
   * The scripts {@code source} gives, asked for once, when the engine first starts (on its thread,
   * so that preparing them does not delay the caller); a reset runs the same ones again.
   */
  public static StartupScripts later(Supplier<List<Script>> source) {
    return new StartupScripts(source);
  }

  @Override
  public List<StartupFailure> run(Snippets snippets) {
    List<StartupFailure> failures = new ArrayList<>();
    RunListener collect =
        new RunListener() {
          @Override
          public void snippetFailed(Failure failure) {
            Outcome outcome =
                failure.outcome() != null ? failure.outcome() : notJava(failure.snippet());
            failures.add(new StartupFailure(failure.snippet().file(), failure.line(), outcome));
          }
        };
    ScriptRunner runner =
        new ScriptRunner(
            new ScriptSplitter(snippets::split),
            snippets::eval,
            line -> false,
            collect,
            Clock.systemUTC());
    runner.run(scripts(), new RunOptions(Parameters.NONE, true));
    return List.copyOf(failures);
  }

  private synchronized List<Script> scripts() {
    if (scripts == null) {
      scripts = List.copyOf(source.get());
    }
    return scripts;
  }

  /** What a slash command line in a start-up script gets: they are Java only. */
  private static Outcome notJava(ScriptSnippet command) {
    return new Outcome.CompileError(
        command.source(),
        List.of(
            new Outcome.Problem(
                "slash commands do not run in a start-up script (it is Java only): "
                    + command.source(),
                -1,
                -1,
                -1)));
  }
}
