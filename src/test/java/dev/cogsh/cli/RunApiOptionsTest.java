package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh run} honours the {@code ApiOptions} a script sets, as the shell does: its session
 * comes from the same composition root, with the same HTTP transport. (It used to send through a
 * client of its own, built with the default connect timeout whatever the script said.)
 */
class RunApiOptionsTest {

  @TempDir Path dir;
  private RunHarness harness;
  private ServerSocket full;
  private final List<Socket> queued = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    SessionTestSupport.reset();
    harness = new RunHarness(dir);
    full = unanswered();
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : queued) {
      socket.close();
    }
    full.close();
  }

  @Test
  void run_usesTheConnectTimeoutTheScriptSets() {
    String file =
        harness.script(
            "timeout.jsh",
            "creds.guest();\n"
                + "api.options(api.options().withConnectTimeout(java.time.Duration.ofMillis(300))"
                + ".withMaxAttempts(1));\n"
                + "long started = System.nanoTime();\n"
                + "String failure = \"\";\n"
                + "try { api.get(\"http://127.0.0.1:"
                + full.getLocalPort()
                + "/prod/nowhere\"); } catch (ApiException e) { failure = e.getMessage(); }\n"
                + "long waited = (System.nanoTime() - started) / 1_000_000;\n"
                + "check(failure.contains(\"HttpConnectTimeoutException\"), \"it timed out\","
                + " failure);\n"
                // the default connect timeout is 10 s
                + "check(waited < 5_000, \"after the script's 300 ms\", waited);\n");

    RunHarness.Run run = harness.run(file, "--sandbox");

    assertThat(run.status()).as(run.toString()).isZero();
  }

  /**
   * A loopback port whose connections never complete: nothing accepts, and its backlog is full, so
   * the kernel leaves new connection attempts waiting until they time out.
   */
  private ServerSocket unanswered() throws IOException {
    ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    for (int i = 0; i < 16; i++) {
      Socket socket = new Socket();
      try {
        socket.connect(server.getLocalSocketAddress(), 200);
        queued.add(socket);
      } catch (SocketTimeoutException e) {
        socket.close();
        return server; // the backlog is full
      }
    }
    throw new IllegalStateException("the backlog never filled: cannot make connects wait");
  }
}
