package dev.cogsh.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * {@code moto_server} as an independent peer for the Cognito tests: started on a free loopback port
 * when it is on the PATH, stopped after the test class; without it the tests are skipped with a
 * printed reason.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MotoServer MOTO = MotoServer.onFreePort().withEnv("MOTO_…", "true");
 * ...
 * MOTO.endpoint()   // http://127.0.0.1:PORT, for endpointOverride
 * }</pre>
 *
 * It can also be used without JUnit: {@link #start()} and {@link #close()}.
 */
public final class MotoServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

  /** How long moto may take to answer after it starts (it imports a lot of Python). */
  private static final Duration START_DEADLINE = Duration.ofSeconds(60);

  private final Map<String, String> env = new LinkedHashMap<>();
  private Process process;
  private Path log;
  private URI endpoint;

  private MotoServer() {}

  /** A server that starts on a free 127.0.0.1 port. */
  public static MotoServer onFreePort() {
    return new MotoServer();
  }

  /** Adds an environment variable for the moto process (e.g. moto's feature switches). */
  public MotoServer withEnv(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** {@code moto_server} on the PATH, if any. */
  public static Optional<Path> executable() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "moto_server");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (executable().isEmpty()) {
      String reason =
          "moto_server is not on the PATH; skipping "
              + context.getDisplayName()
              + " (install it with: pip install 'moto[server]')";
      System.out.println(reason);
      throw new TestAbortedException(reason);
    }
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** Starts moto and waits until it answers HTTP. */
  public MotoServer start() {
    Path exe = executable().orElseThrow(() -> new IllegalStateException("moto_server not on PATH"));
    try {
      int port = freePort();
      log = Files.createTempFile("moto-server-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(List.of(exe.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port)))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      // the tests' $HOME is a scratch folder (pom.xml); moto is Python and may be installed under
      // the real one (pip --user)
      String hostHome = System.getProperty("cogsh.test.hostHome", "");
      if (Path.of(hostHome).isAbsolute()) {
        builder.environment().put("HOME", hostHome);
      }
      builder.environment().putAll(env);
      process = builder.start();
      endpoint = URI.create("http://127.0.0.1:" + port);
      awaitReady();
      return this;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(START_DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("moto_server exited early:\n" + logTail());
      }
      try {
        http.send(probe, HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        waitForExit(Duration.ofMillis(100));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for moto_server", e);
      }
    }
    close();
    throw new IllegalStateException(
        "moto_server did not answer within " + START_DEADLINE + ":\n" + logTail());
  }

  /** Paces the readiness poll: returns early if moto dies. */
  private void waitForExit(Duration d) {
    try {
      process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The server's base URI, {@code http://127.0.0.1:PORT}. */
  public URI endpoint() {
    if (endpoint == null) {
      throw new IllegalStateException("moto_server is not running");
    }
    return endpoint;
  }

  /** The region the tests use with moto. */
  public static String region() {
    return "us-east-1";
  }

  /** Dummy static credentials: moto accepts any signature. */
  public static AwsCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
  }

  /** The last lines moto printed, for failure messages. */
  public String logTail() {
    try {
      List<String> lines = log == null ? List.of() : Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
    if (log != null) {
      try {
        Files.deleteIfExists(log);
      } catch (IOException ignored) {
        // a leftover temp file is harmless
      }
      log = null;
    }
    endpoint = null;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
