package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clock skew and retries against the sandbox (its clock is the real one; ours is moved). */
class ClockAndRetrySandboxTest {

  static SandboxFixture sandbox;

  @BeforeAll
  static void start() throws Exception {
    sandbox = new SandboxFixture();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static MutableClock clockOff(Duration offset) {
    MutableClock clock = new MutableClock(Clock.systemUTC().instant());
    clock.advance(offset);
    return clock;
  }

  @Test
  void signerClockTenMinutesBehind_isDetected_corrected_andTheRetrySucceeds() {
    Api api = sandbox.api(clockOff(Duration.ofMinutes(-10)), new ArrayList<>());

    Response r = api.get("/echo/skew");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.attempt()).isEqualTo(2);
    assertThat(r.previous().status()).isEqualTo(403);
    assertThat(r.previous().text()).contains("Signature expired");
    assertThat(api.clockOffset()).isBetween(Duration.ofSeconds(598), Duration.ofSeconds(602));
    assertThat(r.notes()).anyMatch(n -> n.contains("behind the server") && n.contains("re-signed"));
    Response again = api.get("/echo/skew");
    assertThat(again.attempt()).isEqualTo(1);
    assertThat(again.status()).isEqualTo(200);
  }

  @Test
  void signerClockTenMinutesAhead_isCorrected() {
    Api api = sandbox.api(clockOff(Duration.ofMinutes(10)), new ArrayList<>());

    Response r = api.get("/echo/skew");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.previous().text()).contains("Signature not yet current");
    assertThat(api.clockOffset()).isBetween(Duration.ofSeconds(-602), Duration.ofSeconds(-598));
  }

  @Test
  void fourMinutesEitherWay_needsNoCorrection() {
    for (Duration off : List.of(Duration.ofMinutes(4), Duration.ofMinutes(-4))) {
      Api api = sandbox.api(clockOff(off), new ArrayList<>());
      Response r = api.get("/echo/skew");
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      assertThat(r.attempt()).isEqualTo(1);
      assertThat(api.clockOffset()).isZero();
    }
  }

  @Test
  void a503Then200_isRetried_andEachAttemptReSigned() throws Exception {
    List<Duration> sleeps = new ArrayList<>();
    Api api = sandbox.api(clockOff(Duration.ZERO), sleeps);
    api.options(api.options().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(4)));
    int before = echoCalls();
    sandbox.hook("POST", "/_sandbox/faults", "{\"status\":503,\"times\":1}");

    Response r = api.get("/echo/retry");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.attempt()).isEqualTo(2);
    assertThat(sleeps).hasSize(1);
    assertThat(echoCalls() - before).isEqualTo(2);
    assertThat(r.previous().status()).isEqualTo(503);
    assertThat(r.previous().trace().amzDate()).isNotEqualTo(r.trace().amzDate());
    assertThat(r.previous().trace().signature()).isNotEqualTo(r.trace().signature());
  }

  @Test
  void a503OnPost_isNotRetried_unlessAsked() throws Exception {
    Api api = sandbox.api(clockOff(Duration.ZERO), new ArrayList<>());
    sandbox.hook("POST", "/_sandbox/faults", "{\"status\":503,\"times\":1}");
    assertThat(api.post("/echo/p", "x").status()).isEqualTo(503);

    sandbox.hook("POST", "/_sandbox/faults", "{\"status\":503,\"times\":1}");
    assertThat(api.request("POST", "/echo/p").body("x").retry(true).send().status()).isEqualTo(200);
  }

  @Test
  void a429WithRetryAfterAsAnHttpDate_waitsUntilThatDate() throws Exception {
    List<Duration> sleeps = new ArrayList<>();
    MutableClock clock = clockOff(Duration.ZERO);
    Api api = sandbox.api(clock, sleeps);
    api.options(api.options().withBackoff(Duration.ofMillis(100), Duration.ofSeconds(30)));
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(12).atZone(ZoneOffset.UTC));
    sandbox.hook(
        "POST", "/_sandbox/faults", "{\"status\":429,\"times\":1,\"retryAfter\":\"" + date + "\"}");

    Response r = api.get("/echo/retry-after");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.previous().header("Retry-After")).isEqualTo(date);
    // The date has whole seconds: the wait is what is left of the 12 s, more than the backoff.
    assertThat(sleeps)
        .singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(11), Duration.ofSeconds(12)));
  }

  @Test
  void a503WithRetryAfterInSeconds_waitsThatLong() throws Exception {
    List<Duration> sleeps = new ArrayList<>();
    Api api = sandbox.api(clockOff(Duration.ZERO), sleeps);
    api.options(api.options().withBackoff(Duration.ofMillis(100), Duration.ofSeconds(30)));
    sandbox.hook("POST", "/_sandbox/faults", "{\"status\":503,\"retryAfter\":3}");

    Response r = api.get("/echo/retry-after");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void faultHook_timesZero_disarms_withOrWithoutAStatus() throws Exception {
    Api api = sandbox.api(clockOff(Duration.ZERO), new ArrayList<>());
    for (String disarm : List.of("{\"times\":0}", "{\"status\":503,\"times\":0}")) {
      assertThat(sandbox.hook("POST", "/_sandbox/faults", "{\"status\":503,\"times\":9}"))
          .isEqualTo("{\"armed\":\"api\",\"status\":503,\"times\":9}");

      assertThat(sandbox.hook("POST", "/_sandbox/faults", disarm))
          .isEqualTo("{\"disarmed\":\"api\"}");

      assertThat(api.request("GET", "/echo/disarmed").retry(false).send().status()).isEqualTo(200);
    }
  }

  private static int echoCalls() throws Exception {
    return new ObjectMapper()
        .readTree(sandbox.hook("GET", "/_sandbox/stats", null))
        .path("ANY /echo/**")
        .asInt();
  }
}
