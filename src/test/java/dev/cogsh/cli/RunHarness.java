package dev.cogsh.cli;

import dev.cogsh.config.Environment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code cogsh run} with an injected environment (the temporary folder as working folder and
 * home), captured stdout and stderr, and no terminal.
 */
final class RunHarness {

  private final Path dir;

  RunHarness(Path dir) {
    this.dir = dir;
  }

  /** The exit status and what went to stdout and stderr. */
  record Run(int status, String out, String err) {
    /** Both streams, for messages when an assertion fails. */
    @Override
    public String toString() {
      return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /** Writes a script into the folder; returns its name relative to it. */
  String script(String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Run run(String... args) {
    return run(Map.of(), args);
  }

  Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RunCommand command =
        new RunCommand(
            new Environment(env, dir, dir),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            null);
    CommandLine cli = Main.configure(new CommandLine(command));
    cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
    int status = cli.execute(args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
