package dev.cogsh.creds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SigV4Signer;
import dev.cogsh.sigv4.SignableRequest;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.SigningTrace;
import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * {@code creds} against the sandbox, counting round trips with {@code GET /_sandbox/stats}. The
 * sandbox, {@code auth} and {@code creds} share one clock, so expiry is reached by moving it.
 */
class CredsSandboxTest {

  private static final Duration TTL = Duration.ofSeconds(120); // a short --creds-ttl
  private static final String GET_ID = "GetId";
  private static final String GET_CREDS = "GetCredentialsForIdentity";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MutableClock clock = new MutableClock(CredsFixture.START);
  private final HttpClient http = HttpClient.newHttpClient();
  private Sandbox sandbox;
  private Config config;
  private Auth auth;
  private Creds creds;

  @BeforeEach
  void setUp() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.builder().credsTtl(TTL).clock(clock).build());
    config = sandbox.config();
    CognitoIdentityProviderClient userPools =
        CognitoIdentityProviderClient.builder()
            .region(Region.of(config.region()))
            .endpointOverride(sandbox.endpoint())
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    auth = new Auth(config, userPools, ChallengeAnswers.scripted(), clock, new SecureRandom());
    auth.login(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
    creds = new Creds(config, auth, IdentityClients.create(config), clock, null);
  }

  @AfterEach
  void tearDown() {
    sandbox.close();
  }

  @Test
  void roundTrips_coldWarmAndAfterExpiry() throws Exception {
    Map<String, Long> before = stats();
    creds.get();
    Map<String, Long> cold = delta(before, stats());
    assertThat(cold).containsEntry(GET_ID, 1L).containsEntry(GET_CREDS, 1L).hasSize(2);

    before = stats();
    creds.get();
    creds.identityId();
    creds.expiresIn();
    Map<String, Long> warm = delta(before, stats());
    assertThat(warm).isEmpty();

    clock.advance(Duration.ofHours(2)); // the credentials and the ID token have both expired
    before = stats();
    creds.get();
    Map<String, Long> afterExpiry = delta(before, stats());
    assertThat(afterExpiry)
        .containsEntry(GET_CREDS, 1L)
        .containsEntry("InitiateAuth", 1L)
        .hasSize(2);

    System.out.println(
        "creds round trips against the sandbox: cold start "
            + cold
            + ", warm call "
            + warm
            + ", after expiry "
            + afterExpiry);
  }

  @Test
  void secondGet_withinTheLifetime_makesNoCall() throws Exception {
    AwsCredentials first = creds.get();
    clock.advance(TTL.minusSeconds(61));
    assertThat(creds.get()).isSameAs(first);
    assertThat(stats()).containsEntry(GET_CREDS, 1L);
  }

  @Test
  void getInsideTheMargin_refreshes() throws Exception {
    AwsCredentials first = creds.get();
    clock.advance(TTL.minusSeconds(59));
    AwsCredentials second = creds.get();
    assertThat(second.accessKeyId()).isNotEqualTo(first.accessKeyId());
    assertThat(stats()).containsEntry(GET_ID, 1L).containsEntry(GET_CREDS, 2L);
  }

  @Test
  void sixteenThreadsAcrossAnExpiry_makeExactlyOneGetCredentialsForIdentity() throws Exception {
    creds.get();
    clock.advance(TTL);
    long before = stats().getOrDefault(GET_CREDS, 0L);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<AwsCredentials>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return creds.get();
                }));
      }
      start.countDown();
      AwsCredentials expected = results.get(0).get();
      for (Future<AwsCredentials> r : results) {
        assertThat(r.get()).isSameAs(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(stats().get(GET_CREDS) - before).isEqualTo(1L);
  }

  @Test
  void credentials_signRequestsTheSandboxAccepts_beforeAndAfterARefresh() throws Exception {
    assertThat(callNotes(creds.get())).isEqualTo(200);
    clock.advance(Duration.ofHours(2));
    assertThat(callNotes(creds.get())).isEqualTo(200);
  }

  @Test
  void guest_getsCredentialsForAnUnauthenticatedIdentity() throws Exception {
    AwsCredentials guest = creds.guest();
    assertThat(guest.identityId()).startsWith("us-east-1:");
    assertThat(creds.source()).isEqualTo("identity pool, guest");
    AwsCredentials user =
        new Creds(config, auth, IdentityClients.create(config), clock, null).get();
    assertThat(guest.identityId()).isNotEqualTo(user.identityId());
  }

  @Test
  void display_isMasked() throws Exception {
    AwsCredentials c = creds.get();
    assertThat(creds.toString())
        .startsWith(c.accessKeyId().substring(0, 4) + "…")
        .contains(", identity us-east-1:")
        .contains("expires in 2m 00s (source: identity pool)")
        .doesNotContain(c.secretKey())
        .doesNotContain(c.sessionToken());
  }

  private int callNotes(AwsCredentials c) throws Exception {
    URI url = URI.create(config.apiUrl() + "/notes");
    SigningTrace trace =
        new SigV4Signer()
            .sign(
                SignableRequest.of("GET", url),
                new SigningCredentials(c.accessKeyId(), c.secretKey(), c.sessionToken()),
                SigningOptions.of(config.apiRegion(), config.apiService()),
                clock.instant());
    HttpRequest.Builder request = HttpRequest.newBuilder(trace.url()).GET();
    for (Header h : trace.headersToSend()) {
      if (!h.name().equalsIgnoreCase("host")) {
        request.header(h.name(), h.value());
      }
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private Map<String, Long> stats() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(sandbox.endpoint().resolve("/_sandbox/stats"))
                .header("x-cogsh-sandbox-token", sandbox.hookToken())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, Long> out = new TreeMap<>();
    JsonNode json = JSON.readTree(response.body());
    json.properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> out = new TreeMap<>();
    after.forEach(
        (op, n) -> {
          long d = n - before.getOrDefault(op, 0L);
          if (d != 0) {
            out.put(op, d);
          }
        });
    return out;
  }
}
