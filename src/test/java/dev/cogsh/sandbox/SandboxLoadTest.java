package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * 8 threads × 500 signed notes requests against one sandbox: every answer is right and no note is
 * lost or misfiled.
 */
class SandboxLoadTest {
  static final int THREADS = 8;
  static final int REQUESTS = 500;
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eightThreadsTimesFiveHundredSignedRequests_areAllAnsweredAndNothingIsLost()
      throws Exception {
    try (SandboxClients clients =
        new SandboxClients(
            Sandbox.start(
                SandboxOptions.builder()
                    .clock(CLOCK)
                    .user("a@example.com", "Passw0rd!")
                    .user("b@example.com", "Passw0rd!")
                    .build()),
            CLOCK)) {
      Credentials a =
          clients.credentials(clients.signInSrp("a@example.com", "Passw0rd!").idToken());
      Credentials b =
          clients.credentials(clients.signInSrp("b@example.com", "Passw0rd!").idToken());
      URI base = clients.sandbox.endpoint();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .executor(pool)
              .build();
      ExecutorService workers = Executors.newFixedThreadPool(THREADS);
      long start = System.nanoTime();
      try {
        List<Future<Integer>> created = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          Credentials creds = t < THREADS / 2 ? a : b;
          created.add(workers.submit(() -> run(http, base, creds, thread)));
        }
        int total = 0;
        for (Future<Integer> f : created) {
          total += f.get(120, TimeUnit.SECONDS);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf(
            Locale.ROOT,
            "load: %d requests in %d ms (%.0f req/s), %d notes created%n",
            THREADS * REQUESTS,
            took.toMillis(),
            THREADS * REQUESTS * 1000.0 / Math.max(1, took.toMillis()),
            total);

        assertThat(total).isEqualTo(THREADS * REQUESTS * 4 / 5);
        assertThat(clients.sandbox.notes.size()).isEqualTo(total);
        Set<String> contents = new HashSet<>();
        for (Credentials c : List.of(a, b)) {
          JsonNode list = JSON.readTree(send(http, base, c, "GET", "/prod/notes", "").body());
          assertThat(list.size()).isEqualTo(total / 2);
          list.forEach(n -> contents.add(n.path("content").asText()));
        }
        assertThat(contents).hasSize(total);
        assertThat(clients.sandbox.stats.get("POST /notes")).isEqualTo(total);
      } finally {
        workers.shutdownNow();
        pool.shutdownNow();
      }
    }
  }

  /** 400 creations and 100 reads of the note just made; returns how many notes it created. */
  private static int run(HttpClient http, URI base, Credentials creds, int thread)
      throws Exception {
    int created = 0;
    String lastId = null;
    String lastContent = null;
    for (int i = 0; i < REQUESTS; i++) {
      if (i % 5 == 4) {
        HttpResponse<String> r = send(http, base, creds, "GET", "/prod/notes/" + lastId, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("content").asText()).isEqualTo(lastContent);
      } else {
        lastContent = "t" + thread + "-" + i;
        HttpResponse<String> r =
            send(http, base, creds, "POST", "/prod/notes", "{\"content\":\"" + lastContent + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        lastId = JSON.readTree(r.body()).path("noteId").asText();
        created++;
      }
    }
    return created;
  }

  static HttpResponse<String> send(
      HttpClient http, URI base, Credentials creds, String method, String path, String body)
      throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    SdkSigning.Wire w =
        SdkSigning.sign(
            method,
            URI.create(base + path),
            body.isEmpty() ? Map.of() : Map.of("Content-Type", "application/json"),
            bytes,
            creds,
            CLOCK.instant());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(w.url())
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
    for (String[] h : w.headers()) {
      if (!h[0].equalsIgnoreCase("host")) {
        request.header(h[0], h[1]);
      }
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
