package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.config.Environment;
import dev.cogsh.creds.RememberKey;
import dev.cogsh.creds.SessionFile;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The remembered session ({@code --remember}) across two {@code cogsh run} processes against one
 * external sandbox, counted with {@code /_sandbox/stats}: the second run makes no Cognito call.
 */
class RememberedSessionTest {

  private static final List<String> COGNITO =
      List.of(
          "InitiateAuth",
          "RespondToAuthChallenge",
          "GetId",
          "GetCredentialsForIdentity",
          "GlobalSignOut");
  private static final Map<String, String> ENV =
      Map.of("COGSH_PASSWORD", SandboxOptions.DEMO_PASSWORD);
  private static final String SCRIPT = "auth.login();\nexpect(api.get(\"/notes\")).status(200);\n";

  @TempDir Path dir;
  private Sandbox sandbox;
  private RunHarness harness;
  private String script;

  @BeforeEach
  void setUp() throws Exception {
    SessionTestSupport.reset();
    sandbox = Sandbox.start(SandboxOptions.builder().build());
    SandboxCommand.writeConfig(sandbox.config(), sandbox.hookToken(), dir.resolve("cogsh.json"));
    harness = new RunHarness(dir);
    script = harness.script("notes.jsh", SCRIPT);
  }

  @AfterEach
  void tearDown() {
    SessionTestSupport.reset();
    sandbox.close();
  }

  @Test
  void secondProcess_makesNoCognitoCall_andTheFileIsOwnerOnly() throws Exception {
    RunHarness.Run first = run(ENV, script, "--remember");
    assertThat(first.status()).as(first.toString()).isZero();
    Map<String, Integer> afterFirst = stats();
    assertThat(cognitoCalls(afterFirst)).isEqualTo(4); // InitiateAuth, Respond…, GetId, GetCreds…

    Path file = onlySessionFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(Files.readString(file)).doesNotContain(SandboxOptions.DEMO_PASSWORD);

    RunHarness.Run second = run(Map.of(), script, "--remember"); // no password given
    assertThat(second.status()).as(second.toString()).isZero();
    assertThat(second.out() + second.err())
        .contains("remembered session of " + SandboxOptions.DEMO_USER + " in use");
    assertThat(cognitoCalls(stats())).isEqualTo(cognitoCalls(afterFirst));
  }

  @Test
  void withoutRemember_nothingIsWritten() {
    assertThat(run(ENV, script).status()).isZero();
    assertThat(Files.exists(new Environment(Map.of(), dir, dir).sessionsDir())).isFalse();
  }

  @Test
  void logout_signsOutAndDeletesTheFile() throws Exception {
    assertThat(run(ENV, script, "--remember").status()).isZero();
    Path file = onlySessionFile();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LogoutCommand logout =
        new LogoutCommand(
            new Environment(Map.of(), dir, dir),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    SessionTestSupport.reset();
    int status = Main.configure(new CommandLine(logout)).execute();
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("signed out").contains("deleted");
    assertThat(file).doesNotExist();
    assertThat(stats()).containsEntry("GlobalSignOut", 1);

    SessionTestSupport.reset();
    int again = Main.configure(new CommandLine(logout)).execute();
    assertThat(again).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no remembered session to delete");
  }

  @Test
  void corruptFile_isIgnoredWithANote_andReplaced() throws Exception {
    assertThat(run(ENV, script, "--remember").status()).isZero();
    Path file = onlySessionFile();
    Files.writeString(file, "{ not json");
    RunHarness.Run run = run(ENV, script, "--remember");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out() + run.err()).contains("ignored the remembered session");
    assertThat(new ObjectMapper().readTree(Files.readString(file)).path("version").asInt())
        .isEqualTo(1);
  }

  @Test
  void foreignVersion_isIgnoredWithANote() throws Exception {
    assertThat(run(ENV, script, "--remember").status()).isZero();
    Path file = onlySessionFile();
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(Files.readString(file));
    root.put("version", 99);
    Files.writeString(file, root.toString());
    int before = cognitoCalls(stats());
    RunHarness.Run run = run(ENV, script, "--remember");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out() + run.err()).contains("format version 99");
    assertThat(cognitoCalls(stats())).isEqualTo(before + 4); // a full sign-in
  }

  @Test
  void neverUsedForAnotherPoolClientOrUser() throws Exception {
    assertThat(run(ENV, script, "--remember").status()).isZero();
    Path file = onlySessionFile();
    SessionFile sessions = new SessionFile(file.getParent());
    RememberKey key = RememberKey.of(null, sandbox.config());
    assertThat(sessions.path(key)).isEqualTo(file);
    assertThat(sessions.read(key, SandboxOptions.DEMO_USER).session()).isPresent();

    SessionFile.Recall otherUser = sessions.read(key, "eve@example.com");
    assertThat(otherUser.session()).isEmpty();
    assertThat(otherUser.note()).contains("this session signs in as eve@example.com");

    RememberKey otherClient =
        new RememberKey("", key.userPoolId(), "otherclient", key.identityPoolId(), key.endpoint());
    RememberKey otherPool =
        new RememberKey("", "us-east-1_other", key.appClientId(), "", key.endpoint());
    RememberKey otherProfile =
        new RememberKey("prod", key.userPoolId(), key.appClientId(), "", key.endpoint());
    for (RememberKey other : List.of(otherClient, otherPool, otherProfile)) {
      assertThat(sessions.path(other)).isNotEqualTo(file);
      assertThat(sessions.read(other, null).session()).isEmpty();
      // even a file copied under the other key's name is refused
      Files.copy(file, sessions.path(other));
      SessionFile.Recall copied = sessions.read(other, null);
      assertThat(copied.session()).isEmpty();
      assertThat(copied.note()).contains("it belongs to");
    }
  }

  /** One {@code cogsh run} process: a fresh {@code Session} bridge each time, as a new JVM has. */
  private RunHarness.Run run(Map<String, String> env, String... args) {
    SessionTestSupport.reset();
    return harness.run(env, args);
  }

  private Path onlySessionFile() throws Exception {
    Path sessions = new Environment(Map.of(), dir, dir).sessionsDir();
    try (Stream<Path> files = Files.list(sessions)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".json")).toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  private static int cognitoCalls(Map<String, Integer> stats) {
    return COGNITO.stream().mapToInt(op -> stats.getOrDefault(op, 0)).sum();
  }

  private Map<String, Integer> stats() throws Exception {
    URI uri = sandbox.endpoint().resolve("/_sandbox/stats");
    String body =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri)
                    .header("x-cogsh-sandbox-token", sandbox.hookToken())
                    .build(),
                BodyHandlers.ofString())
            .body();
    return new HashMap<>(
        new ObjectMapper().readValue(body, new TypeReference<Map<String, Integer>>() {}));
  }
}
