package dev.cogsh.shell;

import dev.cogsh.engine.Engine;
import dev.cogsh.engine.Outcome;
import dev.cogsh.script.RunListener;
import dev.cogsh.script.RunOptions;
import dev.cogsh.script.RunReport;
import dev.cogsh.script.Script;
import dev.cogsh.session.OpenSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** What a slash command may use: the shell's output, engine, session and state. */
public interface CommandContext {

  /** Prints a line of output. */
  void print(String line);

  /** Prints a line that reports a problem. */
  void error(String line);

  /**
   * Runs an input as if typed at the prompt: a slash command, or Java cut into snippets by the
   * compiler (how {@code /replay} runs a script through the same loop).
   *
   * @return whether it succeeded
   */
  boolean run(String input);

  /**
   * Replays scripts through the same loop as typed input ({@code /replay}): values printed,
   * failures rendered, Ctrl-C cancels; stops at the first failure unless {@code options} say keep
   * going.
   *
   * @param listener hears each step and each failure, placed at its {@code FILE:LINE}
   */
  RunReport replay(List<Script> scripts, RunOptions options, RunListener listener, Clock clock);

  /**
   * Calls {@code listener} with the outcome of every snippet evaluated from now on (how {@code
   * /record} learns what succeeded), until the returned registration is closed.
   */
  Registration onOutcome(Consumer<Outcome> listener);

  /** A listener's registration; closing it stops the calls. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Evaluates Java source as if typed at the prompt (values printed, failures rendered, Ctrl-C
   * cancels).
   *
   * @return whether every snippet succeeded
   */
  boolean evaluate(String source);

  /** Prints what an outcome of the engine says (a value, or a failure through the one renderer). */
  void render(Outcome outcome);

  /** The Java engine. */
  Engine engine();

  /**
   * The names of the session objects bound in snippets ({@code auth}, {@code creds}, {@code api}).
   */
  Set<String> sessionObjects();

  /** The session the shell works on: what it targets, its configuration, its objects. */
  OpenSession session();

  /** The command table (for {@code /help}). */
  CommandTable commands();

  /** The inputs of this session and earlier ones, oldest first. */
  List<String> history();

  /** The exception of the last snippet that threw, for {@code /trace}. */
  Optional<Throwable> lastException();

  /** Ends the shell after this command with {@code status}. */
  void exit(int status);
}
