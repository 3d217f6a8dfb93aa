package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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

  /** Counted down by a snippet just before its slow request. */
  public static volatile CountDownLatch sending = new CountDownLatch(1);

  @TempDir Path home;
  @TempDir Path cwd;

  private final StringWriter errors = new StringWriter();

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
    sending = new CountDownLatch(1);
  }

  private Environment environment() {
    return new Environment(Map.of(), cwd, home);
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
  void noConfiguration_startsTheSandbox_andSignsInAtThePrompt() throws InterruptedException {
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
          .contains("Type /help for commands; auth and creds are ready.");
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

      // Ctrl-C while a request waits for the sandbox's answer (its delay hook holds it 60 s)
      shell.type(
          "var http = java.net.http.HttpClient.newHttpClient();"
              + " var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("
              + "\"http://127.0.0.1:"
              + port.group(1)
              + "/prod/notes\")).header(\"x-cogsh-sandbox-delay-ms\", \"60000\").build();"
              + " { dev.cogsh.cli.ShellCommandTest.sending.countDown();"
              + " http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()); }\n");
      assertThat(sending.await(60, TimeUnit.SECONDS)).isTrue();
      shell.type("\u0003");
      assertThat(shell.awaitPrompt()).contains("cancelled");
      shell.type("auth.signedIn()\n");
      assertThat(shell.awaitPrompt()).contains("==> true");
    }
  }

  @Test
  void pipedInput_runsAgainstTheSandbox_withoutPrompts() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String script =
        "auth.login(\"demo@example.com\", \"Passw0rd!\");\n"
            + "creds.get().accessKeyId().startsWith(\"ASIA\")\n"
            + "/whoami\n";
    int status =
        start(
            new ShellOptions(),
            null,
            new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8));

    String output = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(output).isZero();
    assertThat(output)
        .contains("==> true")
        .contains("Signed in as demo@example.com")
        .doesNotContain("cogsh>")
        .doesNotContain("sandbox at");
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
