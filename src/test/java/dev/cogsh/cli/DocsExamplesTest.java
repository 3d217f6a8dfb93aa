package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command examples in README.md and {@code docs/*.md} run, so the docs cannot go stale: each
 * fenced block with the info string {@code sh example} is run through cogsh's own command line (the
 * working folder and home a temporary folder, no environment, a fixed clock for {@code sign} and
 * {@code verify}; {@code cogsh run --sandbox} on its fresh in-process sandbox) and what it prints,
 * standard output and error as a terminal shows them, is compared with the {@code output} block
 * that follows it. In the expected text {@code …} stands for any run of characters within a line,
 * and a line of {@code …} alone for any number of lines. An output that ends with {@code $ echo $?}
 * and a number says the exit status too. A block whose info string says {@code file=NAME} is
 * written to the working folder first (a request body, a captured request, a script); a {@code
 * scripts/…} file the command names is copied there from this checkout.
 */
class DocsExamplesTest {

  private static final Path DOCS = Path.of("docs");
  private static final Instant NOW = Instant.parse("2015-08-30T12:36:00Z");

  @TempDir Path dir;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  static Stream<DocExample> examples() throws IOException {
    try (Stream<Path> files = Files.list(DOCS)) {
      return Stream.concat(
          Stream.of(Path.of("README.md")), files.filter(f -> f.toString().endsWith(".md")).sorted())
          .flatMap(f -> DocExample.read(f).stream())
          .toList()
          .stream();
    }
  }

  @Test
  void theDocsHaveExamples_andSigningMdIsAmongThem() throws IOException {
    assertThat(examples().map(DocExample::doc))
        .contains(
            "README.md",
            "signing.md",
            "replay.md",
            "debugging-signatures.md",
            "configuration.md",
            "credentials.md");
  }

  @Test
  void pattern_ellipsisWithinALine_orAlone_forAnyLines() {
    assertThat("a 12 ms\nb").matches(DocExample.pattern("a … ms\nb"));
    assertThat("a\nx\ny\nb").matches(DocExample.pattern("a\n…\nb"));
    assertThat("a\nb").matches(DocExample.pattern("a\n…\nb"));
    assertThat("x\na").matches(DocExample.pattern("…\na"));
    assertThat("a\nc").doesNotMatch(DocExample.pattern("a\n…\nb"));
    assertThat("a 1\nms").doesNotMatch(DocExample.pattern("a … ms"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_printsWhatTheDocsShow(DocExample example) throws IOException {
    for (Map.Entry<String, String> file : example.files().entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    for (String argument : example.arguments()) {
      if (argument.startsWith("scripts/") && Files.isRegularFile(Path.of(argument))) {
        Files.createDirectories(dir.resolve(argument).getParent());
        Files.copy(Path.of(argument), dir.resolve(argument));
      }
    }
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    int status = run(example.arguments(), terminal);
    String printed = terminal.toString(StandardCharsets.UTF_8);

    assertThat(normalize(printed))
        .as("%s, line %d: %s%n--- printed%n%s", example.doc(), example.line(), example, printed)
        .matches(DocExample.pattern(normalize(example.output())));
    if (example.status() != null) {
      assertThat(status).as("%s: exit status%n%s", example, printed).isEqualTo(example.status());
    }
  }

  /** Runs cogsh with these arguments, stdout and stderr both to {@code terminal}; its status. */
  private int run(String[] arguments, ByteArrayOutputStream terminal) {
    PrintStream both = new PrintStream(terminal, true, StandardCharsets.UTF_8);
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
                            : type == RunCommand.class
                                ? Optional.of(new RunCommand(env, both, both, false, null))
                                : type == CredsCommand.Export.class
                                    ? Optional.of(new CredsCommand.Export(env, both, both))
                                    : Optional.empty();
            return made.isPresent()
                ? type.cast(made.get())
                : CommandLine.defaultFactory().create(type);
          }
        };
    CommandLine cli = Main.commandLine(factory);
    PrintWriter writer =
        new PrintWriter(new OutputStreamWriter(both, StandardCharsets.UTF_8), true);
    cli.setOut(writer);
    cli.setErr(writer);
    int status = cli.execute(arguments);
    writer.flush();
    return status;
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
