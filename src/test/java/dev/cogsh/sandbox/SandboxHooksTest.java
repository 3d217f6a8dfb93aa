package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test hooks answer only a loopback Host, with the instance's token, not to other origins. */
class SandboxHooksTest {
  static Sandbox sandbox;
  static URI base;
  static String token;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.builder().build());
    base = sandbox.endpoint();
    token = sandbox.hookToken();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void withTheToken_onALoopbackHost_theHooksAnswer() throws Exception {
    for (String host :
        List.of(base.getAuthority(), "localhost:" + base.getPort(), "[::1]:" + base.getPort())) {
      RawHttp.Response r = get("/_sandbox/stats", host, token, null);

      assertThat(r.status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void withoutTheToken_orWithAWrongOne_theHooksRefuse() throws Exception {
    RawHttp.Response missing = get("/_sandbox/messages", base.getAuthority(), null, null);
    RawHttp.Response wrong = get("/_sandbox/messages", base.getAuthority(), token + "x", null);

    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.header("x-amzn-ErrorType")).isEqualTo("ForbiddenException");
    assertThat(missing.body()).contains("missing x-cogsh-sandbox-token").doesNotContain(token);
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(wrong.body()).contains("wrong x-cogsh-sandbox-token").doesNotContain(token);
  }

  @Test
  void aRebindingHostName_isRefused_evenWithTheToken() throws Exception {
    RawHttp.Response r =
        get("/_sandbox/messages", "attacker.example:" + base.getPort(), token, null);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).contains("loopback Host").contains("attacker.example");
  }

  @Test
  void aCrossOriginTextPlainPost_armsNothing() throws Exception {
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {"Origin", "http://attacker.example"});
    headers.add(new String[] {"Content-Type", "text/plain"});
    headers.add(new String[] {HookGuard.TOKEN_HEADER, token});
    byte[] body = "{\"status\":503,\"times\":5}".getBytes(StandardCharsets.UTF_8);

    RawHttp.Response r = RawHttp.send(base, "POST", "/_sandbox/faults", headers, body);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).contains("another origin");
    // an armed fault would answer the next API call 503 before anything else is checked
    assertThat(RawHttp.send(base, "GET", "/prod/notes", List.of(), new byte[0]).status())
        .as("no fault armed")
        .isEqualTo(403);
  }

  @Test
  void configOut_carriesTheToken_ownerOnly_andAUsableUrl_whenBoundToEveryInterface()
      throws Exception {
    Path config = dir.resolve("cogsh.json");
    try (SandboxProcess process =
        SandboxProcess.start("--host", "0.0.0.0", "--config-out", config.toString())) {
      process.awaitLine("wrote " + config, 30);
      JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(config));
      String hookToken = json.path("sandboxHooks").path("token").asText();

      assertThat(process.endpoint.toString()).matches("http://127\\.0\\.0\\.1:\\d+");
      assertThat(json.path("apiUrl").asText()).isEqualTo(process.endpoint + "/prod");
      assertThat(List.copyOf(process.output))
          .anyMatch(
              line ->
                  line.contains("anyone who can reach this port can sign in")
                      && line.contains(
                          "From another machine use http://<this machine's address>:"
                              + process.endpoint.getPort()
                              + "; --host 127.0.0.1 keeps the sandbox to this machine"));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config)))
          .isEqualTo("rw-------");
      RawHttp.Response r =
          RawHttp.send(
              process.endpoint,
              "GET",
              "/_sandbox/stats",
              List.<String[]>of(new String[] {HookGuard.TOKEN_HEADER, hookToken}),
              new byte[0]);
      assertThat(r.status()).isEqualTo(200);
    }
  }

  private static RawHttp.Response get(String path, String host, String token, String origin)
      throws Exception {
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {"Host", host});
    if (token != null) {
      headers.add(new String[] {HookGuard.TOKEN_HEADER, token});
    }
    if (origin != null) {
      headers.add(new String[] {"Origin", origin});
    }
    return RawHttp.send(base, "GET", path, headers, new byte[0]);
  }
}
