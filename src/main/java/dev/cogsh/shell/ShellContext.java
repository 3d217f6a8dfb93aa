package dev.cogsh.shell;

import dev.cogsh.engine.Engine;
import dev.cogsh.engine.Outcome;
import dev.cogsh.runtime.Session;
import dev.cogsh.script.RunListener;
import dev.cogsh.script.RunOptions;
import dev.cogsh.script.RunReport;
import dev.cogsh.script.Script;
import dev.cogsh.session.OpenSession;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jline.utils.AttributedString;

/** What the shell lends its slash commands. */
final class ShellContext implements CommandContext {

  private final Shell shell;

  ShellContext(Shell shell) {
    this.shell = shell;
  }

  @Override
  public void print(String line) {
    shell.printer().out(line);
  }

  @Override
  public void error(String line) {
    shell.printer().err(new AttributedString(line, ErrorRenderer.ERROR));
  }

  @Override
  public boolean run(String input) {
    return shell.process(input);
  }

  @Override
  public RunReport replay(
      List<Script> scripts, RunOptions options, RunListener listener, Clock clock) {
    return shell.replay(scripts, options, listener, clock);
  }

  @Override
  public Registration onOutcome(Consumer<Outcome> listener) {
    return shell.listen(listener);
  }

  @Override
  public boolean evaluate(String source) {
    return shell.evaluate(source);
  }

  @Override
  public void render(Outcome outcome) {
    shell.render(outcome);
  }

  @Override
  public Engine engine() {
    return shell.engine();
  }

  @Override
  public Set<String> sessionObjects() {
    return Session.isInstalled() ? new LinkedHashSet<>(OpenSession.NAMES) : Set.of();
  }

  @Override
  public OpenSession session() {
    return shell.setup().session();
  }

  @Override
  public CommandTable commands() {
    return shell.commands();
  }

  @Override
  public List<String> history() {
    return shell.input().history();
  }

  @Override
  public Optional<Throwable> lastException() {
    return Optional.ofNullable(shell.lastException());
  }

  @Override
  public void exit(int status) {
    shell.exit(status);
  }
}
