package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.shell.ShellDriver;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session recorded with {@code /record}, replayed with {@code cogsh run} against another sandbox,
 * makes the same calls: the sandboxes count the same operations (sign-in, credentials, one note
 * posted, one list). The recording holds no password.
 */
class RecordThenRunTest {

  @TempDir Path recordedIn;
  @TempDir Path replayedIn;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  @Test
  void recordedSession_replaysTheSameRequests_withoutThePassword() throws Exception {
    try (Sandbox first = Sandbox.start(SandboxOptions.builder().build());
        Sandbox second = Sandbox.start(SandboxOptions.builder().build())) {
      SandboxCommand.writeConfig(
          first.config(), first.hookToken(), recordedIn.resolve("cogsh.json"));
      SandboxCommand.writeConfig(
          second.config(), second.hookToken(), replayedIn.resolve("cogsh.json"));

      record(recordedIn);
      String recording = Files.readString(recordedIn.resolve("session.jsh"));
      assertThat(recording)
          .contains("auth.login(\"demo@example.com\", param(\"PASSWORD\"))")
          .contains("--param PASSWORD=…")
          .doesNotContain(SandboxOptions.DEMO_PASSWORD)
          .doesNotContain("1 / 0");

      Files.writeString(replayedIn.resolve("session.jsh"), recording);
      SessionTestSupport.reset();
      RunHarness.Run run =
          new RunHarness(replayedIn)
              .run("session.jsh", "--param", "PASSWORD=" + SandboxOptions.DEMO_PASSWORD);

      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.out()).contains("3 snippets, 4 Cognito calls, 2 API requests, 0 failed");
      assertThat(run.out() + run.err()).doesNotContain(SandboxOptions.DEMO_PASSWORD);
      assertThat(stats(second))
          .isEqualTo(stats(first))
          .containsEntry("POST /notes", 1)
          .containsEntry("GET /notes", 1)
          .containsKey("GetCredentialsForIdentity");
    }
  }

  /** Signs in, creates a note and lists the notes in a shell on a dumb terminal, recording. */
  private static void record(Path cwd) {
    StringWriter errors = new StringWriter();
    Environment environment = new Environment(Map.of(), cwd, cwd);
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
                    new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(OutputStream.nullOutputStream()),
                    new PrintWriter(errors, true));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })) {
      shell.awaitPrompt();
      shell.type("/record session.jsh\n");
      assertThat(shell.awaitPrompt()).contains("recording to session.jsh");
      shell.type("auth.login(\"demo@example.com\", \"" + SandboxOptions.DEMO_PASSWORD + "\")\n");
      assertThat(shell.awaitPrompt()).contains("Tokens[user=demo@example.com");
      shell.type("var note = api.post(\"/notes\", Map.of(\"content\", \"recorded\"));\n");
      assertThat(shell.awaitPrompt()).contains("200 OK  POST /prod/notes");
      shell.type("1 / 0\n");
      assertThat(shell.awaitPrompt()).contains("ArithmeticException");
      shell.type("check(api.get(\"/notes\").text().contains(\"recorded\"), \"listed\");\n");
      shell.awaitPrompt();
      shell.type("/record stop\n");
      assertThat(shell.awaitPrompt())
          .contains("wrote 3 snippets to session.jsh")
          .contains("--param PASSWORD=…");
    }
  }

  /** The sandbox's call counts per operation. */
  private static Map<String, Integer> stats(Sandbox sandbox) throws Exception {
    URI uri = sandbox.endpoint().resolve("/_sandbox/stats");
    String body =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri)
                    .header("x-cogsh-sandbox-token", sandbox.hookToken())
                    .build(),
                BodyHandlers.ofString())
            .body();
    return new ObjectMapper().readValue(body, new TypeReference<Map<String, Integer>>() {});
  }
}
