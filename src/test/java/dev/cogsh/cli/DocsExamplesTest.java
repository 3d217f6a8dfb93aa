package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command examples in {@code docs/*.md} run, so the docs cannot go stale: each fenced block
 * with the info string {@code sh example} is run through cogsh's own command line (the working
 * folder and home a temporary folder, no environment, a fixed clock) and what it prints is compared
 * with the {@code output} block that follows it. In the expected text {@code …} stands for any run
 * of characters within a line. A block whose info string says {@code file=NAME} is written to the
 * working folder first (a request body, a captured request).
 */
class DocsExamplesTest {

  private static final Path DOCS = Path.of("docs");
  private static final Instant NOW = Instant.parse("2015-08-30T12:36:00Z");

  @TempDir Path dir;

  static Stream<DocExample> examples() throws IOException {
    try (Stream<Path> files = Files.list(DOCS)) {
      return files
          .filter(f -> f.toString().endsWith(".md"))
          .sorted()
          .flatMap(f -> DocExample.read(f).stream())
          .toList()
          .stream();
    }
  }

  @Test
  void theDocsHaveExamples_andSigningMdIsAmongThem() throws IOException {
    assertThat(examples().map(DocExample::doc)).contains("signing.md");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_printsWhatTheDocsShow(DocExample example) throws IOException {
    for (Map.Entry<String, String> file : example.files().entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    String printed = run(example.arguments());

    assertThat(normalize(printed))
        .as("%s, line %d: %s%n--- printed%n%s", example.doc(), example.line(), example, printed)
        .matches(DocExample.pattern(normalize(example.expected())));
  }

  /** Runs cogsh with these arguments; stdout, then stderr. */
  private String run(String[] arguments) {
    Environment env = new Environment(Map.of(), dir, dir);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            Optional<Object> made =
                type == SignCommand.class
                    ? Optional.of(new SignCommand(env, stdin(), clock))
                    : type == VerifyCommand.class
                        ? Optional.of(new VerifyCommand(env, stdin(), clock))
                        : type == ConfigCommand.class
                            ? Optional.of(new ConfigCommand(env, (o, w) -> Optional.empty()))
                            : Optional.empty();
            return made.isPresent()
                ? type.cast(made.get())
                : CommandLine.defaultFactory().create(type);
          }
        };
    CommandLine cli = Main.commandLine(factory);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.execute(arguments);
    return out.toString() + err.toString();
  }

  private static ByteArrayInputStream stdin() {
    return new ByteArrayInputStream(new byte[0]);
  }

  /** Trailing blanks and ports (the sandbox's differ per run) do not count. */
  private static String normalize(String text) {
    return Pattern.compile("[ \\t]+$", Pattern.MULTILINE)
        .matcher(text.replaceAll("(127\\.0\\.0\\.1|localhost):\\d+", "$1:PORT"))
        .replaceAll("")
        .strip();
  }
}
