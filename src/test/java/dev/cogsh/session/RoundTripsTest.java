package dev.cogsh.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
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
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
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
 * Round trips at the protocol minimum (docs/performance.md), counted by the sandbox's {@code
 * /_sandbox/stats} (requests per operation, API calls included) and {@code /_sandbox/connections}
 * (TCP connections per endpoint). Counts, never times. The sandbox and the client share one clock,
 * so expiry is reached by moving it.
 */
class RoundTripsTest {

  private static final Duration CREDS_TTL = Duration.ofMinutes(10); // shorter than the ID token's
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path state;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  private final HttpClient http = HttpClient.newHttpClient();
  private Sandbox sandbox;
  private Config config;

  @BeforeEach
  void setUp() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.builder().credsTtl(CREDS_TTL).clock(clock).build());
    config = sandbox.config();
  }

  @AfterEach
  void tearDown() {
    sandbox.close();
  }

  /** One process's {@code auth}, {@code creds} and {@code api}, remembering under {@code state}. */
  private final class Process implements AutoCloseable {
    final HttpTransport transport = new HttpTransport();
    final Auth auth;
    final Creds creds;
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
      creds = new Creds(config, auth, identity, clock, null, null, Creds.DEFAULT_MARGIN);
      SessionFile file = new SessionFile(state);
      RememberKey key = RememberKey.of(null, config);
      creds.remember(file, key, file.read(key, config.username()));
      api = new Api(config, new CredsSigning(creds), withoutDate(transport), clock);
    }

    void signInAndCall() {
      auth.login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
      assertThat(api.get("/notes").status()).isEqualTo(200);
    }

    @Override
    public void close() {
      transport.close();
    }
  }

  /**
   * The sandbox judges signatures by the moved clock, but the JDK's server stamps {@code Date} with
   * the real one: without this the api would correct a clock skew that is only the test's doing.
   */
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

  @Test
  void requestsPerStep_areTheProtocolMinimum() throws Exception {
    Requests made;
    try (Process first = new Process()) {
      Requests before = requests();
      first.signInAndCall();
      made = since(before);
      assertThat(made.total())
          .as(
              "cold: InitiateAuth, RespondToAuthChallenge, GetId, GetCredentialsForIdentity, call"
                  + " "
                  + made.byOperation())
          .isEqualTo(5);

      before = requests();
      Map<String, Integer> connections = connections();
      assertThat(first.api.get("/notes").status()).isEqualTo(200);
      made = since(before);
      assertThat(made.total()).as("warm call" + " " + made.byOperation()).isEqualTo(1);
      assertThat(connections()).as("a warm call opens no connection").isEqualTo(connections);
      assertThat(connections())
          .as("one kept-alive connection per endpoint")
          .containsEntry("api", 1)
          .containsEntry("cognito-idp", 1)
          .containsEntry("cognito-identity", 1);
    }

    try (Process second = new Process()) {
      Requests before = requests();
      second.signInAndCall();
      made = since(before);
      assertThat(made.total())
          .as("a second process, remembered session" + " " + made.byOperation())
          .isEqualTo(1);

      clock.advance(CREDS_TTL); // the credentials expired, the ID token did not
      before = requests();
      assertThat(second.api.get("/notes").status()).isEqualTo(200);
      made = since(before);
      assertThat(made.total())
          .as("after credential expiry: GetCredentialsForIdentity, call" + " " + made.byOperation())
          .isEqualTo(2);

      clock.advance(Duration.ofHours(1)); // now the ID token has expired too
      before = requests();
      assertThat(second.api.get("/notes").status()).isEqualTo(200);
      made = since(before);
      assertThat(made.total())
          .as(
              "expired ID token: InitiateAuth (refresh), GetCredentialsForIdentity, call"
                  + " "
                  + made.byOperation())
          .isEqualTo(3);
    }

    clock.advance(Duration.ofHours(2)); // a third process finds only the refresh token working
    try (Process third = new Process()) {
      Requests before = requests();
      third.signInAndCall();
      made = since(before);
      assertThat(made.total())
          .as(
              "remembered, all expired: InitiateAuth (refresh), GetCredentialsForIdentity, call"
                  + " "
                  + made.byOperation())
          .isEqualTo(3);
    }
  }

  /** The requests the sandbox served so far, as one number and per operation. */
  private Requests requests() throws Exception {
    return new Requests(get("/_sandbox/stats"));
  }

  /** A snapshot of the stats; {@code after - before} is the count, per-operation on failure. */
  private record Requests(Map<String, Integer> byOperation) {
    long total() {
      // "RespondToAuthChallenge.PASSWORD_VERIFIER" breaks down a call already counted once
      return byOperation.entrySet().stream()
          .filter(e -> !e.getKey().startsWith("RespondToAuthChallenge."))
          .mapToLong(e -> e.getValue().longValue())
          .sum();
    }
  }

  private Requests since(Requests before) throws Exception {
    Map<String, Integer> delta = new HashMap<>(get("/_sandbox/stats"));
    before.byOperation().forEach((op, n) -> delta.merge(op, -n, Integer::sum));
    delta.values().removeIf(n -> n == 0);
    return new Requests(delta);
  }

  private Map<String, Integer> connections() throws Exception {
    return get("/_sandbox/connections");
  }

  private Map<String, Integer> get(String path) throws Exception {
    URI uri = sandbox.endpoint().resolve(path);
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
