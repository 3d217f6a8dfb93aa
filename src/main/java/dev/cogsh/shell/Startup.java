package dev.cogsh.shell;

import dev.cogsh.auth.Prompter;
import dev.cogsh.engine.StartupHook;
import dev.cogsh.runtime.Session;
import dev.cogsh.script.Script;
import dev.cogsh.script.StartupScripts;
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
import java.util.function.Consumer;

/**
 * The start-up scripts, in the order they run: the built-in {@code startup.jsh}, imports only (the
 * session objects too: {@code import static dev.cogsh.runtime.Bindings.*;}), which the engine
 * evaluates as its warm-up while the session still opens ({@link #builtinHook()}); then, once the
 * session objects are installed in {@code dev.cogsh.runtime.Session}, the user's own {@code
 * ~/.config/cogsh/startup.jsh} ({@link #userHook()}), which may call {@code auth}. The engine is
 * ready only after both, so the user's first snippet never sees the objects missing.
 */
final class Startup {

  static final String RESOURCE = "startup.jsh";

  private final ShellSetup setup;
  private final Prompter prompter;
  private final Consumer<Prompter> install;
  private final List<String> problems = new ArrayList<>();
  private final CompletableFuture<Void> installed = new CompletableFuture<>();

  Startup(ShellSetup setup, Prompter prompter) {
    this(setup, prompter, setup.session()::install);
  }

  /**
   * @param install builds and installs the session objects ({@code OpenSession.install}; a test may
   *     delay it)
   */
  Startup(ShellSetup setup, Prompter prompter, Consumer<Prompter> install) {
    this.setup = setup;
    this.prompter = prompter;
    this.install = install;
  }

  /** The built-in {@code startup.jsh}, as the engine's warm-up: it needs no session. */
  static StartupHook builtinHook() {
    return StartupScripts.later(() -> List.of(new Script(RESOURCE, builtin())));
  }

  /**
   * The user's start-up script, after the session objects are installed; at each run (start, then
   * {@code /reset}) the bindings are the session's again, whatever snippets assigned to them.
   */
  StartupHook userHook() {
    StartupScripts own = StartupScripts.later(this::scripts);
    return snippets -> {
      installed.join();
      Session.restoreBindings();
      return own.run(snippets);
    };
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
                install.accept(prompter);
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

  /**
   * Waits until the session objects are installed (or failed to be): the shell does before it ends,
   * so that no installation outlives it and its session.
   */
  void awaitInstalled() {
    installed.join();
  }

  /** Waits until the session objects are installed, then lists the user's script, if any. */
  List<Script> scripts() {
    installed.join();
    List<Script> scripts = new ArrayList<>();
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
