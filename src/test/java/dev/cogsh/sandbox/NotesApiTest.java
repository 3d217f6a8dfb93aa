package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/** The notes app behind the emulated API Gateway, IAM's guest denial, and the test hooks. */
class NotesApiTest {
  static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  static final MutableClock CLOCK = new MutableClock(T0);
  static final ObjectMapper JSON = new ObjectMapper();
  static SignedInSandbox sandbox;
  static SandboxClients clients;
  static Credentials creds;
  static URI base;

  @BeforeAll
  static void start() throws Exception {
    sandbox = SignedInSandbox.start(CLOCK);
    clients = sandbox.clients;
    creds = sandbox.creds;
    base = sandbox.base;
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void notes_roundTripForTheirOwner_andStayInvisibleToOthers() throws Exception {
    JsonNode created =
        json(
            clients.call(
                "POST", "/prod/notes", "{\"content\":\"hello\",\"attachment\":null}", creds));
    String id = created.path("noteId").asText();
    assertThat(created.path("userId").asText()).startsWith("us-east-1:");
    assertThat(created.path("createdAt").asLong()).isEqualTo(T0.toEpochMilli());

    assertThat(json(clients.call("GET", "/prod/notes/" + id, "", creds)).path("content").asText())
        .isEqualTo("hello");
    assertThat(
            json(clients.call("PUT", "/prod/notes/" + id, "{\"content\":\"bye\"}", creds))
                .path("status")
                .asBoolean())
        .isTrue();
    assertThat(json(clients.call("GET", "/prod/notes", "", creds)).findValuesAsText("content"))
        .contains("bye");

    Credentials other =
        clients.credentials(clients.signInSrp("other@example.com", "Passw0rd!").idToken());
    assertThat(clients.call("GET", "/prod/notes/" + id, "", other).status()).isEqualTo(404);
    assertThat(clients.call("DELETE", "/prod/notes/" + id, "", other).status()).isEqualTo(404);

    assertThat(clients.call("DELETE", "/prod/notes/" + id, "", creds).status()).isEqualTo(200);
    assertThat(json(clients.call("GET", "/prod/notes/" + id, "", creds)).path("error").asText())
        .isEqualTo("Item not found.");
  }

  @Test
  void guestIdentity_isDeniedNotesByIam_butMayEcho() throws Exception {
    Credentials guest = clients.guestCredentials();

    RawHttp.Response denied = clients.call("GET", "/prod/notes", "", guest);
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
    assertThat(JSON.readTree(denied.body()).path("Message").asText())
        .isEqualTo(
            "User: arn:aws:sts::123456789012:assumed-role/Cognito_sandboxUnauth_Role/"
                + "CognitoIdentityCredentials is not authorized to perform: execute-api:Invoke on"
                + " resource: arn:aws:execute-api:us-east-1:123456789012:sandboxapi/prod/GET/notes");
    assertThat(clients.call("GET", "/prod/echo/x", "", guest).status()).isEqualTo(200);
  }

  @Test
  void faultHook_failsTheNextCalls_thenTheApiRecovers() throws Exception {
    RawHttp.Response armed =
        RawHttp.send(
            base,
            "POST",
            "/_sandbox/faults",
            List.<String[]>of(new String[] {HookGuard.TOKEN_HEADER, clients.sandbox.hookToken()}),
            "{\"status\":503,\"times\":2}".getBytes(StandardCharsets.UTF_8));
    assertThat(armed.status()).isEqualTo(200);

    assertThat(clients.call("GET", "/prod/notes", "", creds).status()).isEqualTo(503);
    assertThat(clients.call("GET", "/prod/notes", "", creds).status()).isEqualTo(503);
    assertThat(clients.call("GET", "/prod/notes", "", creds).status()).isEqualTo(200);
  }

  @Test
  void delayHeader_delaysTheAnswer() throws Exception {
    long start = System.nanoTime();
    RawHttp.Response r =
        RawHttp.send(
            base,
            "GET",
            "/prod/notes",
            List.<String[]>of(new String[] {"x-cogsh-sandbox-delay-ms", "300"}),
            new byte[0]);

    assertThat(r.status()).isEqualTo(403);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  static JsonNode json(RawHttp.Response r) throws Exception {
    return JSON.readTree(r.body());
  }
}
