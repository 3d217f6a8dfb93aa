package dev.cogsh.cli;

import dev.cogsh.config.ConfigException;
import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.human.Hinted;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.session.Headless;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionException;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code cogsh creds export}, {@code cogsh token} and {@code cogsh logout} share: a session
 * from {@code --config} / {@code --profile} and the environment that never asks anybody, and one
 * line on stderr ({@code command: what (hint)}) when it fails.
 */
final class HeadlessCommand {

  /** What a command does with the opened session; returns the exit status. */
  interface SessionAction {
    int run(OpenSession session) throws SessionException, IOException;
  }

  /** What a command prints once signed in; returns the exit status. */
  interface Action {
    int run(Headless signedIn) throws SessionException;
  }

  private HeadlessCommand() {}

  /** Signs in without asking (the remembered session, else COGSH_PASSWORD), then runs. */
  static int run(
      Environment environment,
      Path config,
      String profile,
      String command,
      PrintStream err,
      Action action) {
    return open(
        environment,
        config,
        profile,
        false,
        command,
        err,
        session -> action.run(Headless.signIn(session, command)));
  }

  /**
   * Opens the session, scripted and never prompting, and runs {@code action} on it; every failure
   * with a hint becomes one line on stderr and {@link Main#FAILURE} ({@link Main#USAGE} for a bad
   * configuration).
   *
   * @param remember whether the session is remembered (as {@code --remember})
   */
  static int open(
      Environment environment,
      Path config,
      String profile,
      boolean remember,
      String command,
      PrintStream err,
      SessionAction action) {
    SessionRequest request =
        new SessionRequest(
            environment,
            new ConfigRequest(config, profile, Map.of(), false),
            SandboxOptions.builder().build(),
            SessionRequest.Answers.SCRIPTED,
            remember);
    try (OpenSession session = SessionFactory.open(request)) {
      return action.run(session);
    } catch (ConfigException e) {
      fail(err, command, e.getMessage(), e.hint());
      return Main.USAGE;
    } catch (SessionException e) {
      return fail(err, command, e.getMessage(), e.hint());
    } catch (RuntimeException e) {
      if (e instanceof Hinted hinted) {
        return fail(err, command, e.getMessage(), hinted.hint());
      }
      throw e;
    } catch (IOException e) {
      return fail(err, command, e.getMessage(), null);
    }
  }

  static int fail(PrintStream err, String command, String message, String hint) {
    err.println(
        command + ": " + message + (hint == null || hint.isBlank() ? "" : " (" + hint + ")"));
    return Main.FAILURE;
  }
}
