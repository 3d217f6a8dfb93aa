package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C while the session's very first API request waits for its answer, typed at a terminal
 * against the in-process sandbox: the request is cancelled and the API keeps working.
 *
 * <p>The defect this guards against: the HTTP client was built by the first request, so on the
 * snippet's thread; its threads (selector, executor) joined the snippet's thread group, which
 * JShell stops on Ctrl-C, and every later request then waited forever.
 */
class CancelledRequestTest {

  @TempDir Path home;
  private Sandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    SessionTestSupport.reset();
    sandbox = Sandbox.start(SandboxOptions.builder().build());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void ctrlC_duringTheFirstRequest_cancelsIt_andTheNextRequestSucceedsWithinASecond() {
    try (ShellDriver shell = new ShellDriver(setup())) {
      shell.awaitPrompt();
      shell.type("creds.guest()\n");
      assertThat(shell.awaitPrompt()).contains("guest");

      shell.type(
          "api.request(\"GET\", \"/echo/s\").header(\"x-cogsh-sandbox-delay-ms\", 20000).send()\n");
      awaitEchoes(1);
      shell.type("\u0003");
      assertThat(shell.awaitPrompt()).contains("cancelled");

      // .timeout(1 s): a 200 means the request succeeded in under a second
      shell.type(
          "api.request(\"GET\", \"/echo/after\").timeout(java.time.Duration.ofSeconds(1)).send()\n");
      assertThat(shell.awaitPrompt(Duration.ofSeconds(10)))
          .contains("200 OK  GET /prod/echo/after");
    }
  }

  private ShellSetup.Builder setup() {
    PrintStream discard =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Config config = sandbox.config();
    return ShellSetup.builder()
        .in(InputStream.nullInputStream())
        .out(discard)
        .err(discard)
        .directories(UserDirectories.of(home, Map.of()))
        .connection(new Connection("cogsh 0.1", "the sandbox", config, true, null))
        .sessionObjects(SessionObjects.of(config, new Environment(Map.of(), home, home)))
        .classPath(System.getProperty("java.class.path"));
  }

  /** Waits (polling, with a deadline) until the sandbox has received {@code count} echo calls. */
  private void awaitEchoes(int count) {
    HttpClient http = HttpClient.newHttpClient();
    URI stats = URI.create(sandbox.endpoint() + "/_sandbox/stats");
    Pattern echoes = Pattern.compile("\"ANY /echo/\\*\\*\"\\s*:\\s*(\\d+)");
    long deadline = System.nanoTime() + ShellDriver.TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        String body =
            http.send(HttpRequest.newBuilder(stats).build(), BodyHandlers.ofString()).body();
        Matcher m = echoes.matcher(body);
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
    throw new AssertionError("the sandbox never received " + count + " echo request(s)");
  }
}
