package dev.cogsh.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.api.Api;
import dev.cogsh.api.HttpTransport;
import dev.cogsh.api.Transport;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.creds.Creds;
import dev.cogsh.creds.RememberKey;
import dev.cogsh.creds.SessionFile;
import dev.cogsh.sandbox.DeviceTracking;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The remembered session on a pool that tracks devices: its refresh token is bound to the device
 * the sign-in confirmed, so a refresh must send that {@code DEVICE_KEY} (the sandbox refuses one
 * without it, as Cognito does). The session file keeps the key, and a second process whose
 * remembered credentials and tokens have all expired refreshes with it: no password, no MFA, no
 * device store of its own (each process here keeps devices in memory only).
 */
class RememberedDeviceSessionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path state;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  private final HttpClient http = HttpClient.newHttpClient();
  private Sandbox sandbox;
  private Config config;

  @BeforeEach
  void setUp() throws Exception {
    sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .devices(DeviceTracking.ALWAYS)
                .credsTtl(Duration.ofMinutes(10))
                .clock(clock)
                .build());
    config = sandbox.config();
  }

  @AfterEach
  void tearDown() {
    sandbox.close();
  }

  @Test
  void secondProcess_withEverythingExpired_refreshesWithTheRememberedDeviceKey() throws Exception {
    String deviceKey;
    try (Process first = new Process()) {
      first.auth.login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
      assertThat(first.api.get("/notes").status()).isEqualTo(200);
      deviceKey =
          first.auth.devices().stream().filter(d -> d.thisDevice()).findFirst().orElseThrow().key();
    }
    JsonNode file = JSON.readTree(Files.readString(sessionFile()));
    assertThat(file.path("deviceKey").textValue())
        .as("the session file names the device its refresh token is bound to")
        .isEqualTo(deviceKey);
    assertThat(file.has("devicePassword")).as("never the device's password").isFalse();

    clock.advance(Duration.ofHours(2)); // credentials and ID token expired; the refresh token not
    try (Process second = new Process()) {
      Map<String, Integer> before = stats();
      second.auth.login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
      assertThat(second.api.get("/notes").status()).isEqualTo(200);
      Map<String, Integer> made = since(before);
      assertThat(made)
          .as("refresh (with DEVICE_KEY), GetCredentialsForIdentity, call; no sign-in")
          .containsEntry("InitiateAuth", 1)
          .containsEntry("GetCredentialsForIdentity", 1)
          .doesNotContainKeys("RespondToAuthChallenge", "ConfirmDevice");
      assertThat(second.auth.remembered()).isTrue();
    }
  }

  @Test
  void sessionOfAPoolWithoutDevices_hasNoDeviceKey() throws Exception {
    sandbox.close();
    sandbox = Sandbox.start(SandboxOptions.builder().clock(clock).build());
    config = sandbox.config();
    try (Process only = new Process()) {
      only.auth.login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
      assertThat(only.api.get("/notes").status()).isEqualTo(200);
    }
    assertThat(JSON.readTree(Files.readString(sessionFile())).has("deviceKey")).isFalse();
  }

  private Path sessionFile() {
    return new SessionFile(state).path(RememberKey.of(null, config));
  }

  /** One process's {@code auth}, {@code creds} and {@code api}, remembering under {@code state}. */
  private final class Process implements AutoCloseable {
    final HttpTransport transport = new HttpTransport();
    final Auth auth;
    final Api api;

    Process() {
      CognitoIdentityProviderClient userPools =
          CognitoIdentityProviderClient.builder()
              .region(Region.of(config.region()))
              .endpointOverride(sandbox.endpoint())
              .credentialsProvider(AnonymousCredentialsProvider.create())
              .httpClient(UrlConnectionHttpClient.create())
              .build();
      CognitoIdentityClient identity =
          CognitoIdentityClient.builder()
              .region(Region.of(config.region()))
              .endpointOverride(sandbox.endpoint())
              .credentialsProvider(AnonymousCredentialsProvider.create())
              .httpClient(UrlConnectionHttpClient.create())
              .build();
      auth = new Auth(config, userPools, ChallengeAnswers.scripted(), clock, new SecureRandom());
      Creds creds = new Creds(config, auth, identity, clock, null, null, Creds.DEFAULT_MARGIN);
      SessionFile file = new SessionFile(state);
      RememberKey key = RememberKey.of(null, config);
      creds.remember(file, key, file.read(key, config.username()));
      api = new Api(config, new CredsSigning(creds), withoutDate(transport), clock);
    }

    @Override
    public void close() {
      transport.close();
    }
  }

  /** The JDK's server stamps {@code Date} with the real clock; the test moved the sandbox's. */
  private static Transport withoutDate(Transport transport) {
    return (request, delivery) -> {
      Transport.Answer answer = transport.send(request, delivery);
      return new Transport.Answer(
          answer.status(),
          HttpHeaders.of(answer.headers().map(), (name, value) -> !name.equalsIgnoreCase("date")),
          answer.body(),
          answer.elapsed());
    };
  }

  private Map<String, Integer> since(Map<String, Integer> before) throws Exception {
    Map<String, Integer> delta = new HashMap<>(stats());
    before.forEach((op, n) -> delta.merge(op, -n, Integer::sum));
    delta.values().removeIf(n -> n == 0);
    return delta;
  }

  private Map<String, Integer> stats() throws Exception {
    URI uri = sandbox.endpoint().resolve("/_sandbox/stats");
    String body =
        http.send(
                HttpRequest.newBuilder(uri)
                    .header("x-cogsh-sandbox-token", sandbox.hookToken())
                    .build(),
                BodyHandlers.ofString())
            .body();
    return new HashMap<>(JSON.readValue(body, new TypeReference<Map<String, Integer>>() {}));
  }
}
