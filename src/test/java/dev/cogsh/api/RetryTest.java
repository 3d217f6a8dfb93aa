package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {

  private StubServer stub;
  private ApiFixture f;

  @BeforeEach
  void start() throws Exception {
    stub = StubServer.start();
    f = new ApiFixture(stub.base().resolve("/prod"));
    // Whole-second backoff so each attempt gets a new X-Amz-Date (the sleeper moves the clock).
    f.api.options(f.api.options().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(8)));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void get_503Then200_isRetriedOnce_andEachAttemptIsSignedAfresh() {
    stub.reply(503, "{\"message\":\"Service Unavailable\"}");

    Response r = f.api.get("/notes");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.attempt()).isEqualTo(2);
    assertThat(stub.received()).hasSize(2);
    assertThat(f.sleeps).hasSize(1);
    Response first = r.previous();
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.trace().amzDate()).isNotEqualTo(r.trace().amzDate());
    assertThat(first.trace().signature()).isNotEqualTo(r.trace().signature());
    assertThat(stub.received().get(0).header("x-amz-date"))
        .isNotEqualTo(stub.received().get(1).header("x-amz-date"));
    assertThat(r.notes())
        .anyMatch(n -> n.startsWith("attempt 1 got 503 Service Unavailable: retried after"));
  }

  @Test
  void retries_areBoundedByMaxAttempts() {
    for (int i = 0; i < 5; i++) {
      stub.reply(500, "{}");
    }

    Response r = f.api.get("/notes");

    assertThat(r.status()).isEqualTo(500);
    assertThat(stub.received()).hasSize(3);
    assertThat(r.notes()).contains("gave up after 3 attempts");
  }

  @Test
  void retries_areBoundedByTheTimeBudget() {
    f.api.options(f.api.options().withMaxRetryTime(Duration.ofSeconds(3)));
    stub.reply(429, "{}").reply(429, "{}");

    Response r = f.api.get("/notes");

    assertThat(r.status()).isEqualTo(429);
    assertThat(stub.received()).hasSize(2);
    assertThat(r.notes()).anyMatch(n -> n.contains("retry time budget"));
  }

  @Test
  void post_isNotRetried_unlessAsked() {
    stub.reply(503, "{}");
    assertThat(f.api.post("/notes", "x").status()).isEqualTo(503);
    assertThat(stub.received()).hasSize(1);

    stub.reply(503, "{}");
    Response r = f.api.request("POST", "/notes").body("x").retry(true).send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(stub.received()).hasSize(3);
  }

  @Test
  void get_canOptOutOfRetries() {
    stub.reply(503, "{}");

    assertThat(f.api.request("GET", "/notes").retry(false).send().status()).isEqualTo(503);
    assertThat(stub.received()).hasSize(1);
  }

  @Test
  void otherClientErrors_areNeverRetried() {
    for (int status : new int[] {400, 403, 404, 409}) {
      stub.reply(status, "{}");
      assertThat(f.api.request("PUT", "/notes/1").body("x").retry(true).send().status())
          .isEqualTo(status);
    }
    assertThat(stub.received()).hasSize(4);
    assertThat(f.sleeps).isEmpty();
  }

  @Test
  void retryAfter_isHonouredUpToTheCap() {
    stub.reply(429, "{}", "Retry-After", "7");

    f.api.get("/notes");

    assertThat(f.sleeps).singleElement().isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void connectionFailure_onAnIdempotentMethod_isRetried_thenReported() {
    stub.close();

    assertThatThrownBy(() -> f.api.get("/notes"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("could not send GET")
        .satisfies(e -> assertThat(((ApiException) e).hint()).contains("apiUrl"));
    assertThat(f.sleeps).hasSize(2);
  }

  @Test
  void delay_doublesWithEqualJitter_andStaysUnderTheCap() {
    ApiOptions o = ApiOptions.DEFAULT.withBackoff(Duration.ofMillis(100), Duration.ofMillis(1000));
    Random random = new Random(7);
    for (int retry = 1; retry <= 6; retry++) {
      long d = Math.min(1000, 100L << (retry - 1));
      for (int i = 0; i < 50; i++) {
        Duration wait = RetryPolicy.delay(retry, o, random, Optional.empty());
        assertThat(wait.toMillis()).isBetween(d / 2, d);
      }
    }
  }

  @Test
  void idempotency_isByMethod() {
    assertThat(RetryPolicy.IDEMPOTENT)
        .containsExactlyInAnyOrder("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    assertThat(RetryPolicy.retryableStatus(429)).isTrue();
    assertThat(RetryPolicy.retryableStatus(502)).isTrue();
    assertThat(RetryPolicy.retryableStatus(501)).isFalse();
    assertThat(RetryPolicy.retryableStatus(404)).isFalse();
  }

  @Test
  void retryAfter_readsSecondsAndHttpDates_measuredFromNow() {
    java.time.Instant now = java.time.Instant.parse("2015-10-21T07:27:50Z");
    assertThat(RetryPolicy.retryAfter("120", now)).contains(Duration.ofSeconds(120));
    assertThat(RetryPolicy.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now))
        .contains(Duration.ofSeconds(10));
    assertThat(RetryPolicy.retryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now))
        .contains(Duration.ZERO);
    assertThat(RetryPolicy.retryAfter("soon", now)).isEmpty();
  }
}
