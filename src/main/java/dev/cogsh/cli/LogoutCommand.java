package dev.cogsh.cli;

import dev.cogsh.auth.AuthException;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.Session;
import dev.cogsh.session.OpenSession;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code cogsh logout [--profile P]}: signs the remembered session out of Cognito ({@code
 * GlobalSignOut}, when its tokens still work) and deletes its file. Never prompts.
 */
@Command(
    name = "logout",
    mixinStandardHelpOptions = true,
    description = {
      "Sign out and delete the remembered session (--remember, \"remember\": true).",
      "Exit status: 0 deleted or nothing to delete, 1 Cognito's sign-out failed (the file is"
          + " deleted anyway), 2 bad usage."
    })
public final class LogoutCommand implements Callable<Integer> {

  @Mixin ConfigChoice choice = new ConfigChoice();

  private final Environment environment;
  private final PrintStream out;
  private final PrintStream err;

  /** The real world: process environment, stdout and stderr. */
  public LogoutCommand() {
    this(Environment.system(), System.out, System.err);
  }

  /** Everything injected, for tests. */
  LogoutCommand(Environment environment, PrintStream out, PrintStream err) {
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    return HeadlessCommand.open(
        environment, choice.config, choice.profile, true, "cogsh logout", err, this::logout);
  }

  private int logout(OpenSession session) throws IOException {
    Optional<Path> file = session.rememberedFile();
    if (file.isEmpty() || !Files.exists(file.get())) {
      out.println(
          "cogsh: no remembered session to delete"
              + file.map(f -> " (looked for " + environment.display(f) + ")").orElse(""));
      return 0;
    }
    session.install(null);
    String who = Session.auth().user();
    try {
      Session.auth().logout(); // deletes the file first, then GlobalSignOut
    } catch (AuthException e) {
      Files.deleteIfExists(file.get());
      return HeadlessCommand.fail(
          err, "cogsh logout", "deleted the remembered session; " + e.getMessage(), e.hint());
    }
    Files.deleteIfExists(file.get()); // also a file this cogsh could not read
    out.println(
        "cogsh: signed out"
            + (who == null ? "" : " " + who)
            + " and deleted "
            + environment.display(file.get()));
    return 0;
  }
}
