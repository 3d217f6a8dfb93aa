package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.shell.ShellDriver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shell sessions in README.md and {@code docs/*.md} marked {@code jshell example} run: each
 * starts {@code cogsh} as {@code scripts/cogsh} does with no configuration (the built-in sandbox,
 * in-process, a temporary home) on the real terminal harness, types the {@code cogsh>} lines,
 * answers the sign-in prompts, and compares everything the shell printed with the block (see {@link
 * ShellTranscript}).
 */
class DocsShellExamplesTest {

  @TempDir Path home;
  @TempDir Path cwd;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  static Stream<ShellTranscript> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("docs"))) {
      return Stream.concat(
          Stream.of(Path.of("README.md")), files.filter(f -> f.toString().endsWith(".md")).sorted())
          .flatMap(f -> ShellTranscript.read(f).stream())
          .toList()
          .stream();
    }
  }

  @Test
  void theQuickTourAndTheShellDocAreAmongThem() throws IOException {
    assertThat(examples().map(ShellTranscript::doc)).contains("README.md", "shell.md");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void session_printsWhatTheDocsShow(ShellTranscript example) {
    String printed = run(example);

    assertThat(printed).as("the password is masked").doesNotContain("Password: Passw0rd!");
    assertThat(normalize(printed))
        .as("%s%n--- printed%n%s", example, printed)
        .matches(DocExample.pattern(normalize(example.expected())));
  }

  private String run(ShellTranscript example) {
    StringWriter errors = new StringWriter();
    Environment environment = new Environment(Map.of(), cwd, home);
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    StringBuilder printed = new StringBuilder();
    try (ShellDriver shell =
        new ShellDriver(
            "dumb",
            terminal -> {
              try {
                return ShellCommand.start(
                    new ShellOptions(),
                    environment,
                    terminal,
                    InputStream.nullInputStream(),
                    discard,
                    discard,
                    new PrintWriter(errors, true));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })) {
      String banner = shell.awaitPrompt();
      if (example.banner()) {
        printed.append(banner);
      }
      boolean typed = false;
      for (String line : example.lines()) {
        if (line.startsWith(ShellTranscript.PROMPT)) {
          if (typed) {
            printed.append(shell.awaitPrompt());
          }
          printed.append(ShellTranscript.PROMPT);
          shell.type(line.substring(ShellTranscript.PROMPT.length()) + "\n");
          typed = true;
        } else if (line.startsWith("Username [")) {
          printed.append(shell.await("]: "));
          shell.type("\n");
        } else if (line.startsWith("Password: ")) {
          printed.append(shell.await("Password: "));
          shell.type(SandboxOptions.DEMO_PASSWORD + "\n");
        }
      }
      printed.append(shell.awaitPrompt());
    }
    return printed.toString();
  }

  /**
   * Line ends, trailing blanks, blank lines and ports (the sandbox's differ per run) do not count;
   * nor do the masked password prompt and its stars, which the harness's dumb terminal redraws at
   * each key ({@code Password: Password: … *********}, spilling onto the next line) where a real
   * terminal shows {@code Password: *********}.
   */
  private static String normalize(String text) {
    String plain =
        text.replace("\r", "")
            .replaceAll("(127\\.0\\.0\\.1|localhost):\\d+", "$1:PORT")
            .replaceAll("Password:[ *]*", "");
    return Pattern.compile("[ \\t]+$", Pattern.MULTILINE)
        .matcher(plain)
        .replaceAll("")
        .replaceAll("\n{2,}", "\n")
        .strip();
  }
}
