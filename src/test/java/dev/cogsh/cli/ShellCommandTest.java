package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.shell.LineEditor;
import dev.cogsh.shell.ShellDriver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh} with no configuration: the built-in sandbox starts in-process and the shell signs
 * in against it, end to end (real SRP, real Identity Pool exchange, real loopback HTTP).
 */
public class ShellCommandTest {

  @TempDir Path home;
  @TempDir Path cwd;

  private static final String HOOK_TOKEN = "shell-command-test-hook-token";

  private final StringWriter errors = new StringWriter();

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  private Environment environment() {
    return new Environment(
        Map.of(dev.cogsh.sandbox.SandboxOptions.HOOK_TOKEN_VARIABLE, HOOK_TOKEN), cwd, home);
  }

  private int start(ShellOptions options, Terminal terminal, InputStream in, PrintStream out) {
    try {
      return ShellCommand.start(
          options, environment(), terminal, in, out, out, new PrintWriter(errors, true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noConfiguration_startsTheSandbox_signsIn_andCallsTheApi() {
    try (ShellDriver shell =
        new ShellDriver(
            "dumb",
            terminal ->
                start(
                    new ShellOptions(),
                    terminal,
                    InputStream.nullInputStream(),
                    new PrintStream(OutputStream.nullOutputStream())))) {
      String banner = shell.awaitPrompt();
      assertThat(banner)
          .containsPattern(
              "cogsh \\S+ — sandbox at http://127\\.0\\.0\\.1:\\d+ \\(user demo@example\\.com,"
                  + " password Passw0rd!\\)")
          .contains("Type /help for commands; auth, creds and api are ready.");
      Matcher port = Pattern.compile("127\\.0\\.0\\.1:(\\d+)").matcher(banner);
      assertThat(port.find()).isTrue();

      shell.type("auth.login()\n");
      shell.await("Username [demo@example.com]: ");
      shell.type("\n");
      shell.await("Password: ");
      shell.type("Passw0rd!\n");
      String login = shell.awaitPrompt();
      assertThat(login).contains("$1 ==> Tokens[user=demo@example.com").doesNotContain("Passw0rd!");

      shell.type("/whoami\n");
      assertThat(shell.awaitPrompt()).contains("Signed in as demo@example.com");

      shell.type("/creds\n");
      assertThat(shell.awaitPrompt()).containsPattern("ASIA…\\w{4}, identity us-east-1:");

      shell.type("/sandbox\n");
      assertThat(shell.awaitPrompt()).contains("sandbox at http://127.0.0.1:" + port.group(1));

      shell.type("api.post(\"/notes\", Map.of(\"content\", \"hi\"))\n");
      assertThat(shell.awaitPrompt())
          .contains("$2 ==> 200 OK  POST /prod/notes")
          .contains("\"content\": \"hi\"");
      shell.type("api.get(\"/notes\")\n");
      assertThat(shell.awaitPrompt())
          .contains("$3 ==> 200 OK  GET /prod/notes")
          .contains("\"content\": \"hi\"");

      // Ctrl-C while a request waits for the sandbox's answer (its delay hook holds it 60 s)
      URI stats = URI.create("http://127.0.0.1:" + port.group(1) + "/_sandbox/stats");
      shell.type(
          "api.request(\"GET\", \"/notes\").header(\"x-cogsh-sandbox-delay-ms\", \"60000\")"
              + ".send()\n");
      awaitCount(stats, "GET /notes", 2);
      shell.type("\u0003");
      assertThat(shell.awaitPrompt()).contains("cancelled");
      shell.type("auth.signedIn()\n");
      assertThat(shell.awaitPrompt()).contains("==> true");
    }
  }

  /** Polls the sandbox's call counts until {@code operation} reached {@code count}. */
  private static void awaitCount(URI stats, String operation, int count) {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try {
        String body =
            http.send(
                    HttpRequest.newBuilder(stats)
                        .header("x-cogsh-sandbox-token", HOOK_TOKEN)
                        .build(),
                    BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("\"" + operation + "\"\\s*:\\s*(\\d+)").matcher(body);
        if (m.find() && Integer.parseInt(m.group(1)) >= count) {
          return;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("the sandbox never saw " + count + " × " + operation);
  }

  @Test
  void pipedInput_runsAgainstTheSandbox_withoutPrompts() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String script =
        "auth.login(\"demo@example.com\", \"Passw0rd!\");\n"
            + "creds.get().accessKeyId().startsWith(\"ASIA\")\n"
            + "/whoami\n"
            + "api.post(\"/notes\", Map.of(\"content\", \"piped\")).status()\n"
            + "api.get(\"/notes\").text().contains(\"piped\")\n";
    int status =
        start(
            new ShellOptions(),
            null,
            new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8));

    String output = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(output).isZero();
    assertThat(output)
        .contains("$2 ==> true")
        .contains("Signed in as demo@example.com")
        .contains("$3 ==> 200")
        .contains("$4 ==> true")
        .doesNotContain("cogsh>")
        .doesNotContain("sandbox at");
  }

  @Test
  void debugCommands_explainDiffAndCurl_describeTheLastRequest() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String script =
        "auth.login(\"demo@example.com\", \"Passw0rd!\");\n"
            + "api.get(\"/notes\").status()\n"
            + "/explain\n"
            + "/curl\n"
            // a header changed after signing: the server's canonical request differs
            + "var sent = api.request(\"GET\", \"/notes\").sign();\n"
            + "api.send(sent.withHeader(\"x-amz-date\", \"20200101T000000Z\")).status()\n"
            + "/diff\n";
    int status =
        start(
            new ShellOptions(),
            null,
            new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8));

    String output = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(output).isZero();
    assertThat(output)
        .contains("$2 ==> 200")
        .contains("Task 1: canonical request")
        .contains("# contains live credentials")
        .contains("curl --http1.1 '")
        .contains("$3 ==> 403")
        .doesNotContain("Passw0rd!");
    assertThat(output.substring(output.indexOf("$3 ==> 403")))
        .contains("X-Amz-Date")
        .contains("X-Amz-Date was changed after signing"); // the shell's api is diagnosed
  }

  /**
   * At a terminal the line editor is built while the session opens (before JShell exists): the
   * shell must take that editor, its history file, and teach it where snippets end.
   */
  @Test
  void aLineEditorBuiltBeforeTheSession_isTheShells_andKnowsWhereSnippetsEnd() throws IOException {
    Path historyFile = home.resolve("early-history");
    try (ShellDriver shell =
        new ShellDriver(
            "dumb",
            terminal -> {
              try {
                return ShellCommand.start(
                    new ShellOptions(),
                    environment(),
                    () -> new TerminalProbe.Ready(terminal, LineEditor.on(terminal, historyFile)),
                    null,
                    InputStream.nullInputStream(),
                    new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(OutputStream.nullOutputStream()),
                    new PrintWriter(errors, true));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })) {
      shell.awaitPrompt();
      // not complete after the first line: the engine said so (the editor alone would accept it)
      shell.type("int answer =\n6 * 7;\n");
      assertThat(shell.awaitPrompt())
          .contains("int answer =\n  ...> 6 * 7;")
          .contains("answer ==> 42")
          .doesNotContain("error");
      shell.type("/exit\n");
      assertThat(shell.awaitExit()).isZero();
    }
    assertThat(Files.readString(historyFile)).contains("int answer =").contains("6 * 7;");
  }

  @Test
  void aBadConfigurationFile_stopsBeforeTheShell_withStatus2() throws IOException {
    Files.writeString(cwd.resolve("cogsh.json"), "{ \"userPoolId\": \"us-east-1-nope\" }");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        start(
            new ShellOptions(),
            null,
            InputStream.nullInputStream(),
            new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(Main.USAGE);
    assertThat(errors.toString()).contains("cogsh: ").contains("hint: ");
  }
}
