package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private OpenSession session;

  /** The session cogsh --sandbox opens: the composition root starts the sandbox. */
  @BeforeEach
  void open() throws IOException {
    SessionTestSupport.reset();
    Environment environment = new Environment(Map.of(), home, home);
    session =
        SessionFactory.open(
            SessionRequest.asking(environment, ConfigRequest.none().withSandbox(true)));
  }

  @Test
  void ctrlC_duringTheFirstRequest_cancelsIt_andTheNextRequestSucceedsWithinASecond() {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home, session))) {
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

  /** Waits (polling, with a deadline) until the sandbox has received {@code count} echo calls. */
  private void awaitEchoes(int count) {
    HttpClient http = HttpClient.newHttpClient();
    URI stats = URI.create(session.sandbox().orElseThrow() + "/_sandbox/stats");
    Pattern echoes = Pattern.compile("\"ANY /echo/\\*\\*\"\\s*:\\s*(\\d+)");
    long deadline = System.nanoTime() + ShellDriver.TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        String body =
            http.send(
                    HttpRequest.newBuilder(stats)
                        .header("x-cogsh-sandbox-token", session.sandboxHookToken().orElseThrow())
                        .build(),
                    BodyHandlers.ofString())
                .body();
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
