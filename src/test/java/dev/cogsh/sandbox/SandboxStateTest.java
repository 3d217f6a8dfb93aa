package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * {@code --state}: kill the sandbox (SIGKILL, no shutdown hook) while notes are being written,
 * restart it on the same folder: everything it acknowledged is there and every file parses.
 */
class SandboxStateTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] USERS = {
    "--user", "demo@example.com:Passw0rd!", "--user-new-password", "fresh@example.com:Temp0rary!"
  };

  @TempDir Path state;

  @Test
  void killedMidWrite_thenRestarted_keepsEverythingAcknowledged() throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    String identityId;
    Credentials before;
    String refreshToken;
    try (SandboxProcess first = SandboxProcess.start(args())) {
      SandboxClients clients = clients(first.endpoint);
      // a password change, kept only as a new verifier
      var challenge =
          clients.answerPasswordVerifier(clients.startSrp("fresh@example.com"), "Temp0rary!");
      assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
      clients.idp.respondToAuthChallenge(
          b ->
              b.clientId(clients.clientId())
                  .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                  .session(challenge.session())
                  .challengeResponses(
                      Map.of("USERNAME", "fresh@example.com", "NEW_PASSWORD", "Ch4nged-Passw0rd")));
      var tokens = clients.signInSrp("demo@example.com", "Passw0rd!");
      refreshToken = tokens.refreshToken();
      before = clients.credentials(tokens.idToken());
      identityId = identityId(clients, tokens.idToken());

      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService writers = Executors.newFixedThreadPool(4);
      Credentials creds = before;
      for (int t = 0; t < 4; t++) {
        int thread = t;
        writers.submit(
            () -> {
              for (int i = 0; running.get(); i++) {
                try {
                  RawHttp.Response r =
                      call(
                          first.endpoint,
                          creds,
                          "POST",
                          "/prod/notes",
                          "{\"content\":\"w" + thread + "-" + i + "\"}");
                  if (r != null && r.status() == 200) {
                    acknowledged.add(JSON.readTree(r.body()).path("noteId").asText());
                  }
                } catch (Exception e) {
                  return; // the sandbox is gone
                }
              }
            });
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acknowledged.size() < 120 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      first.kill(); // while the writers are still sending
      running.set(false);
      writers.shutdown();
      assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      clients.close();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(120);
    assertEveryRecordParses();

    try (SandboxProcess second = SandboxProcess.start(args())) {
      SandboxClients clients = clients(second.endpoint);
      var tokens = clients.signInSrp("demo@example.com", "Passw0rd!");
      assertThat(identityId(clients, tokens.idToken())).isEqualTo(identityId);

      JsonNode notes =
          JSON.readTree(call(second.endpoint, before, "GET", "/prod/notes", "").body());
      List<String> ids = new ArrayList<>();
      notes.forEach(n -> ids.add(n.path("noteId").asText()));
      assertThat(ids).containsAll(acknowledged);

      assertThat(clients.signInSrp("fresh@example.com", "Ch4nged-Passw0rd").idToken()).isNotBlank();
      assertThatThrownBy(() -> clients.signInSrp("fresh@example.com", "Temp0rary!"))
          .isInstanceOf(NotAuthorizedException.class);
      assertThat(
              clients
                  .idp
                  .initiateAuth(
                      b ->
                          b.clientId(clients.clientId())
                              .authFlow("REFRESH_TOKEN_AUTH")
                              .authParameters(Map.of("REFRESH_TOKEN", refreshToken)))
                  .authenticationResult()
                  .idToken())
          .as("a refresh token from before the kill")
          .isNotBlank();
      clients.close();
    }
    assertThat(Files.readString(state.resolve("users").resolve("demo%40example.com.json")))
        .doesNotContain("Passw0rd");
  }

  private String[] args() {
    List<String> args = new ArrayList<>(List.of("--port", "0", "--state", state.toString()));
    args.addAll(List.of(USERS));
    return args.toArray(String[]::new);
  }

  private void assertEveryRecordParses() throws Exception {
    try (Stream<Path> files = Files.walk(state)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        assertThat(JSON.readTree(Files.readAllBytes(file)).isObject()).as(file.toString()).isTrue();
      }
    }
  }

  private static SandboxClients clients(URI endpoint) {
    return SandboxClients.remote(endpoint, Clock.systemUTC());
  }

  private static String identityId(SandboxClients clients, String idToken) {
    return clients
        .identity
        .getId(
            b ->
                b.identityPoolId(clients.config.identityPoolId())
                    .logins(Map.of(clients.config.loginsKey(), idToken)))
        .identityId();
  }

  static RawHttp.Response call(URI base, Credentials c, String method, String path, String body)
      throws Exception {
    SdkSigning.Wire w =
        SdkSigning.sign(
            method,
            URI.create(base + path),
            body.isEmpty() ? Map.of() : Map.of("Content-Type", "application/json"),
            body.getBytes(StandardCharsets.UTF_8),
            c,
            java.time.Instant.now());
    return RawHttp.send(base, w.method(), w.target(), w.headers(), w.body());
  }
}
