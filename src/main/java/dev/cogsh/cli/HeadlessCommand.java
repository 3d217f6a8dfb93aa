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
 * What {@code cogsh creds export} and {@code cogsh token} share: a session from {@code --config} /
 * {@code --profile} and the environment, signed in without asking, and one line on stderr when that
 * fails.
 */
final class HeadlessCommand {

  /** What a headless command prints once signed in; returns the exit status. */
  interface Action {
    int run(Headless signedIn);
  }

  private HeadlessCommand() {}

  static int run(
      Environment environment,
      Path config,
      String profile,
      String command,
      PrintStream err,
      Action action) {
    SessionRequest request =
        new SessionRequest(
            environment,
            new ConfigRequest(config, profile, Map.of(), false),
            SandboxOptions.builder().build(),
            SessionRequest.Answers.SCRIPTED);
    try (OpenSession session = SessionFactory.open(request)) {
      return action.run(Headless.signIn(session, command));
    } catch (SessionException | ConfigException e) {
      return fail(err, command, e.getMessage(), ((Hinted) e).hint());
    } catch (RuntimeException e) {
      if (e instanceof Hinted hinted) {
        return fail(err, command, e.getMessage(), hinted.hint());
      }
      throw e;
    } catch (IOException e) {
      return fail(err, command, e.getMessage(), null);
    }
  }

  private static int fail(PrintStream err, String command, String message, String hint) {
    err.println(
        command + ": " + message + (hint == null || hint.isBlank() ? "" : " (" + hint + ")"));
    return Main.FAILURE;
  }
}
