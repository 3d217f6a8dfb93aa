package dev.cogsh.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium driven through {@code chromedriver}'s W3C WebDriver protocol (JSON over HTTP on
 * loopback): a new empty profile, the flags that keep it offline and quiet, and the handful of
 * commands a login test needs. {@link #missing()} says why it cannot run here, for a skip message.
 */
public final class HeadlessChromium implements AutoCloseable {
  static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=900,700");
  private static final Duration START_DEADLINE = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final Process driver;
  private final Path profile;
  private final URI base;
  private String session;

  private HeadlessChromium(Process driver, Path profile, URI base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  /** Why the browser cannot run here ({@code chromium} or {@code chromedriver} not on PATH). */
  public static Optional<String> missing() {
    if (onPath("chromium").isEmpty()) {
      return Optional.of("chromium is not on the PATH (Debian: apt-get install chromium)");
    }
    if (onPath("chromedriver").isEmpty()) {
      return Optional.of(
          "chromedriver is not on the PATH (Debian: apt-get install chromium-driver)");
    }
    return Optional.empty();
  }

  /** Starts chromedriver on a free port and opens a browser session with a new empty profile. */
  public static HeadlessChromium start(Path scratch) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path profile = Files.createTempDirectory(scratch, "chromium-profile-");
    Process driver =
        new ProcessBuilder(
                onPath("chromedriver").orElseThrow().toString(),
                "--port=" + port,
                "--allowed-ips=127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(scratch.resolve("chromedriver.log").toFile())
            .start();
    HeadlessChromium chromium =
        new HeadlessChromium(driver, profile, URI.create("http://127.0.0.1:" + port));
    try {
      chromium.awaitReady();
      chromium.newSession();
      return chromium;
    } catch (Exception e) {
      chromium.close();
      throw e;
    }
  }

  private void awaitReady() throws Exception {
    Instant deadline = Instant.now().plus(START_DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (call("GET", "/status", null).path("value").path("ready").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (!driver.isAlive()) {
        throw new IllegalStateException("chromedriver exited with " + driver.exitValue());
      }
      driver.waitFor(100, TimeUnit.MILLISECONDS);
    }
    throw new IllegalStateException("chromedriver did not get ready in " + START_DEADLINE);
  }

  private void newSession() throws Exception {
    ObjectNode options = JSON.createObjectNode();
    options.put("binary", onPath("chromium").orElseThrow().toString());
    var args = options.putArray("args");
    FLAGS.forEach(args::add);
    args.add("--user-data-dir=" + profile);
    ObjectNode body = JSON.createObjectNode();
    ObjectNode always = body.putObject("capabilities").putObject("alwaysMatch");
    always.put("browserName", "chrome");
    always.set("goog:chromeOptions", options);
    JsonNode answer = call("POST", "/session", body);
    session = answer.path("value").path("sessionId").asText(null);
    if (session == null) {
      throw new IllegalStateException("no WebDriver session: " + answer);
    }
  }

  /** Loads {@code url} and waits for the page. */
  public void navigate(URI url) throws Exception {
    command("POST", "/url", JSON.createObjectNode().put("url", url.toString()));
  }

  /** The URL of the page shown now. */
  public String currentUrl() throws Exception {
    return command("GET", "/url", null).path("value").asText();
  }

  /** The page's visible text. */
  public String bodyText() throws Exception {
    return command("GET", "/element/" + element("body") + "/text", null).path("value").asText();
  }

  /** Types into the element that {@code css} selects. */
  public void type(String css, String text) throws Exception {
    command(
        "POST", "/element/" + element(css) + "/value", JSON.createObjectNode().put("text", text));
  }

  /** Clicks the element that {@code css} selects. */
  public void click(String css) throws Exception {
    command("POST", "/element/" + element(css) + "/click", JSON.createObjectNode());
  }

  /**
   * Runs {@code script} in the page as WebDriver's "execute async script": the script gets {@code
   * args} as {@code arguments[0..]} and calls the last argument with its result, which is returned.
   */
  public JsonNode executeAsync(String script, Object... args) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("script", script);
    body.set("args", JSON.valueToTree(List.of(args)));
    return command("POST", "/execute/async", body).path("value");
  }

  /** A PNG of the viewport. */
  public byte[] screenshot() throws Exception {
    return Base64.getDecoder().decode(command("GET", "/screenshot", null).path("value").asText());
  }

  private String element(String css) throws Exception {
    JsonNode value =
        command(
                "POST",
                "/element",
                JSON.createObjectNode().put("using", "css selector").put("value", css))
            .path("value");
    if (!value.fields().hasNext()) {
      throw new IllegalStateException("no element " + css);
    }
    return value.fields().next().getValue().asText();
  }

  private JsonNode command(String method, String path, JsonNode body) throws Exception {
    JsonNode answer = call(method, "/session/" + session + path, body);
    if (answer.path("value").has("error")) {
      throw new IllegalStateException(
          "WebDriver "
              + path
              + ": "
              + answer.path("value").path("error").asText()
              + " "
              + answer.path("value").path("message").asText());
    }
    return answer;
  }

  private JsonNode call(String method, String path, JsonNode body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    request.header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(answer.body());
  }

  @Override
  public void close() {
    try {
      if (session != null) {
        call("DELETE", "/session/" + session, null);
      }
    } catch (Exception ignored) {
      // the driver is stopped next anyway
    }
    driver.destroy();
    try {
      if (!driver.waitFor(10, TimeUnit.SECONDS)) {
        driver.destroyForcibly();
      }
    } catch (InterruptedException e) {
      driver.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
