package dev.cogsh.shell;

import dev.cogsh.auth.Prompter;
import dev.cogsh.script.Script;
import dev.cogsh.session.OpenSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The start-up scripts, in the order they run: the built-in {@code startup.jsh} (imports and the
 * bindings of the session objects), then the user's own {@code ~/.config/cogsh/startup.jsh}.
 * Prepared on the engine's background thread: that is where the session objects are built and
 * installed in {@code dev.cogsh.runtime.Session}.
 */
final class Startup {

  static final String RESOURCE = "startup.jsh";

  private final ShellSetup setup;
  private final Prompter prompter;
  private final List<String> problems = new ArrayList<>();
  private final CompletableFuture<Void> installed = new CompletableFuture<>();

  Startup(ShellSetup setup, Prompter prompter) {
    this.setup = setup;
    this.prompter = prompter;
  }

  /**
   * Starts building the session objects on a thread of their own (the SDK clients take a while), so
   * that the engine can warm up meanwhile.
   */
  void begin() {
    Thread builder =
        new Thread(
            () -> {
              try {
                setup.session().install(prompter);
              } catch (RuntimeException | LinkageError e) {
                // A class missing from the jar is a LinkageError: say so and go on with plain Java.
                problem("cogsh: " + listInWords(OpenSession.NAMES) + " could not be built: " + e);
              } finally {
                installed.complete(null);
              }
            },
            "cogsh-session-objects");
    builder.setDaemon(true);
    builder.start();
  }

  /** Waits until the session objects are installed, then lists the scripts. */
  List<Script> scripts() {
    installed.join();
    List<Script> scripts = new ArrayList<>();
    scripts.add(new Script(RESOURCE, builtin()));
    Path own = setup.directories().startupScript();
    if (Files.isRegularFile(own)) {
      try {
        scripts.add(new Script(own.toString(), Files.readString(own)));
      } catch (IOException e) {
        problem("cogsh: could not read " + own + ": " + e.getMessage());
      }
    }
    return scripts;
  }

  /** The built-in {@code startup.jsh}, from the jar. */
  static String builtin() {
    try (InputStream in = Startup.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing from the class path; rebuild cogsh (mvn package)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of the built-in {@code startup.jsh} that bind the session objects. */
  static List<String> bindings() {
    return builtin()
        .lines()
        .filter(line -> !line.startsWith("//") && line.contains("dev.cogsh.runtime.Session."))
        .toList();
  }

  private synchronized void problem(String text) {
    problems.add(text);
  }

  /** What went wrong while preparing (not the snippets: the engine reports those). */
  synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  /** {@code auth, creds and api}. */
  static String listInWords(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
