package dev.cogsh.cli;

import dev.cogsh.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code cogsh sign} with an injected environment (variables; the temporary folder as working
 * folder and home), stdin and clock; captures the output.
 */
final class SignHarness {

  static final String KEY = "AKIDEXAMPLE";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final String TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQabc";
  static final String URL =
      "https://abc123.execute-api.us-east-1.amazonaws.com/prod/notes/a%20b?x=1&x=0";
  static final Instant NOW = Instant.parse("2025-11-29T12:00:00Z");
  static final List<String> KEYS = List.of("--access-key", KEY, "--secret-key", SECRET);

  private final Path home;

  SignHarness(Path home) {
    this.home = home;
  }

  /** The exit status and what went to stdout and stderr. */
  record Run(int status, String out, String err) {}

  Run run(Map<String, String> env, String stdin, List<String> args) {
    SignCommand command =
        new SignCommand(
            new Environment(env, home, home),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            Clock.fixed(NOW, ZoneOffset.UTC));
    CommandLine cli = new CommandLine(command);
    // picocli would read "--data @FILE" as an @-file of arguments; Main must turn that off too.
    cli.setExpandAtFiles(false);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args.toArray(String[]::new));
    return new Run(status, out.toString(), err.toString());
  }

  static List<String> args(List<String> first, String... more) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }
}
