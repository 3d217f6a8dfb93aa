package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.auth.Jwt;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh creds export} and {@code cogsh token} on a session remembered by an earlier {@code
 * cogsh run --remember}: no password, no Cognito call while the credentials are valid, a refresh
 * (not a sign-in) once the tokens expired, and the password only when the refresh token is dead.
 */
class RememberedExportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> PASSWORD =
      Map.of("COGSH_PASSWORD", SandboxOptions.DEMO_PASSWORD);

  @TempDir Path dir;
  private Sandbox sandbox;
  private Path file;

  @BeforeEach
  void rememberASession() throws Exception {
    SessionTestSupport.reset();
    sandbox = Sandbox.start(SandboxOptions.builder().build());
    SandboxCommand.writeConfig(sandbox.config(), sandbox.hookToken(), dir.resolve("cogsh.json"));
    RunHarness harness = new RunHarness(dir);
    String script =
        harness.script("notes.jsh", "auth.login();\nexpect(api.get(\"/notes\")).status(200);\n");
    RunHarness.Run first = harness.run(PASSWORD, script, "--remember");
    assertThat(first.status()).as(first.toString()).isZero();
    SessionTestSupport.reset();
    try (Stream<Path> files = Files.list(new Environment(Map.of(), dir, dir).sessionsDir())) {
      file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    }
  }

  @AfterEach
  void tearDown() {
    SessionTestSupport.reset();
    sandbox.close();
  }

  @Test
  void export_andToken_useTheRememberedSession_withNoPasswordAndNoCognitoCall() throws Exception {
    Map<String, Integer> before = stats();
    ObjectNode kept = remembered();

    CredsExportTest.Run export = CredsExportTest.run(dir, Map.of(), CredsCommand.Export::new);
    CredsExportTest.Run token = CredsExportTest.run(dir, Map.of(), TokenCommand::new);

    assertThat(export.status()).as(export.err()).isZero();
    assertThat(JSON.readTree(export.out()).path("AccessKeyId").asText())
        .isEqualTo(kept.path("credentials").path("accessKeyId").asText());
    assertThat(token.status()).as(token.err()).isZero();
    assertThat(token.out().strip()).isEqualTo(kept.path("idToken").asText());
    assertThat(stats()).isEqualTo(before);
  }

  @Test
  void expiredTokensAndCredentials_areRefreshed_withoutThePassword() throws Exception {
    ObjectNode kept = remembered();
    kept.put("idToken", expired(kept.path("idToken").asText()));
    kept.remove("credentials");
    Files.writeString(file, kept.toString());
    Map<String, Integer> before = stats();

    CredsExportTest.Run export = CredsExportTest.run(dir, Map.of(), CredsCommand.Export::new);

    assertThat(export.status()).as(export.err()).isZero();
    assertThat(JSON.readTree(export.out()).path("AccessKeyId").asText()).startsWith("ASIA");
    Map<String, Integer> after = stats();
    assertThat(count(after, "InitiateAuth") - count(before, "InitiateAuth")).isEqualTo(1);
    assertThat(count(after, "RespondToAuthChallenge"))
        .isEqualTo(count(before, "RespondToAuthChallenge"));
    assertThat(
            count(after, "GetCredentialsForIdentity") - count(before, "GetCredentialsForIdentity"))
        .isEqualTo(1);
    // the file is kept in step: the refreshed token and the new credentials
    ObjectNode now = remembered();
    assertThat(Jwt.decode(now.path("idToken").asText()).expiry()).isAfter(Instant.now());
    assertThat(now.path("credentials").path("accessKeyId").asText())
        .isEqualTo(JSON.readTree(export.out()).path("AccessKeyId").asText());
  }

  @Test
  void aDeadRefreshToken_needsThePassword_andSaysSoOnOneLineWithoutIt() throws Exception {
    ObjectNode kept = remembered();
    kept.put("idToken", expired(kept.path("idToken").asText()));
    kept.put("refreshToken", "not-a-refresh-token");
    kept.remove("credentials");
    Files.writeString(file, kept.toString());

    CredsExportTest.Run without = CredsExportTest.run(dir, Map.of(), CredsCommand.Export::new);

    assertThat(without.status()).isEqualTo(Main.FAILURE);
    assertThat(without.out()).isEmpty();
    assertThat(without.err())
        .startsWith(
            "cogsh creds export: the remembered session has expired and no"
                + " COGSH_USERNAME/COGSH_PASSWORD: cogsh creds export never prompts")
        .hasLineCount(1);

    CredsExportTest.Run with = CredsExportTest.run(dir, PASSWORD, CredsCommand.Export::new);

    assertThat(with.status()).as(with.err()).isZero();
    assertThat(JSON.readTree(with.out()).path("AccessKeyId").asText()).startsWith("ASIA");
    assertThat(with.out() + with.err()).doesNotContain(SandboxOptions.DEMO_PASSWORD);
  }

  private ObjectNode remembered() throws Exception {
    return (ObjectNode) JSON.readTree(Files.readString(file));
  }

  /** The token with {@code exp} an hour ago (its signature no longer matches: never sent). */
  private static String expired(String jwt) throws Exception {
    String[] parts = jwt.split("\\.");
    Base64.Decoder decoder = Base64.getUrlDecoder();
    ObjectNode payload = (ObjectNode) JSON.readTree(decoder.decode(parts[1]));
    payload.put("exp", Instant.now().minusSeconds(3600).getEpochSecond());
    String changed =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + changed + "." + parts[2];
  }

  private static int count(Map<String, Integer> stats, String operation) {
    return stats.getOrDefault(operation, 0);
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
    Map<String, Integer> all =
        new HashMap<>(JSON.readValue(body, new TypeReference<Map<String, Integer>>() {}));
    all.keySet()
        .retainAll(
            List.of(
                "InitiateAuth",
                "RespondToAuthChallenge",
                "GetId",
                "GetCredentialsForIdentity",
                "GlobalSignOut"));
    return all;
  }
}
