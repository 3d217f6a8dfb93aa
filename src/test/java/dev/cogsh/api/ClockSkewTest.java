package dev.cogsh.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.sigv4.AmzDate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stub that rejects dates more than 5 minutes from "server time" as API Gateway does. */
class ClockSkewTest {

  private StubServer stub;
  private ApiFixture f;
  private Instant serverNow;

  @BeforeEach
  void start() throws Exception {
    stub = StubServer.start();
    f = new ApiFixture(stub.base().resolve("/prod"));
    serverNow = f.clock.instant();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  /** Answers like API Gateway with a clock at {@code serverNow}, and stamps its Date header. */
  private void gateway(int times) {
    for (int i = 0; i < times; i++) {
      stub.replyWith(
          r -> {
            Instant signed = AmzDate.parse(r.header("x-amz-date"));
            String date =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(serverNow.atOffset(ZoneOffset.UTC));
            Duration five = Duration.ofMinutes(5);
            if (signed.isBefore(serverNow.minus(five))) {
              return StubServer.Reply.of(
                  403,
                  "{\"message\":\"Signature expired: "
                      + AmzDate.format(signed)
                      + " is now earlier than "
                      + AmzDate.format(serverNow.minus(five))
                      + " ("
                      + AmzDate.format(serverNow)
                      + " - 5 min.)\"}",
                  "x-amzn-ErrorType",
                  "InvalidSignatureException",
                  "Date",
                  date);
            }
            if (signed.isAfter(serverNow.plus(five))) {
              return StubServer.Reply.of(
                  403,
                  "{\"message\":\"Signature not yet current: "
                      + AmzDate.format(signed)
                      + " is still later than "
                      + AmzDate.format(serverNow.plus(five))
                      + " ("
                      + AmzDate.format(serverNow)
                      + " + 5 min.)\"}",
                  "x-amzn-ErrorType",
                  "InvalidSignatureException",
                  "Date",
                  date);
            }
            return StubServer.Reply.of(200, "{\"ok\":true}", "Date", date);
          });
    }
  }

  @Test
  void clockTenMinutesBehind_isDetected_corrected_andTheRetrySucceeds() {
    f.clock.advance(Duration.ofMinutes(-10));
    gateway(3);

    Response r = f.api.get("/notes");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.attempt()).isEqualTo(2);
    assertThat(f.api.clockOffset()).isEqualTo(Duration.ofMinutes(10));
    assertThat(r.notes())
        .anyMatch(
            n ->
                n.startsWith("clock skew: this clock is 10m 00s behind the server")
                    && n.contains("re-signed"));
    assertThat(r.previous().status()).isEqualTo(403);
    assertThat(r.previous().diagnosis().kind()).isEqualTo(Finding.Kind.CLOCK_SKEW);

    f.api.get("/notes");
    assertThat(stub.received()).hasSize(3); // the offset is kept: no second correction
  }

  @Test
  void clockTenMinutesAhead_isCorrectedTheOtherWay() {
    f.clock.advance(Duration.ofMinutes(10));
    gateway(2);

    Response r = f.api.get("/notes");

    assertThat(r.status()).isEqualTo(200);
    assertThat(f.api.clockOffset()).isEqualTo(Duration.ofMinutes(-10));
    assertThat(r.notes()).anyMatch(n -> n.contains("ahead of the server"));
  }

  @Test
  void fourMinutesEitherWay_needsNoCorrection() {
    for (Duration off : new Duration[] {Duration.ofMinutes(-4), Duration.ofMinutes(8)}) {
      f.clock.advance(off);
      gateway(1);
      Response r = f.api.get("/notes");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.attempt()).isEqualTo(1);
      assertThat(f.api.clockOffset()).isZero();
      assertThat(r.notes()).noneMatch(n -> n.contains("clock skew"));
    }
  }

  @Test
  void dateHeaderFarOff_onASuccess_isKept_withoutResending() {
    // HttpServer stamps Date with the real time; this clock is 7 minutes behind it.
    f.clock.advance(Duration.ofMinutes(-7));

    Response r = f.api.get("/notes");

    assertThat(stub.received()).hasSize(1);
    assertThat(f.api.clockOffset()).isBetween(Duration.ofSeconds(418), Duration.ofSeconds(422));
    assertThat(r.notes())
        .anyMatch(n -> n.contains("Date header") && n.contains("kept for the session"));
  }

  @Test
  void measure_readsTheDateHeader_onlyBeyondFiveMinutes() {
    Instant local = Instant.parse("2025-11-29T15:36:00Z");
    java.net.http.HttpHeaders sixAhead =
        java.net.http.HttpHeaders.of(
            java.util.Map.of("date", java.util.List.of("Sat, 29 Nov 2025 15:42:00 GMT")),
            (a, b) -> true);
    java.net.http.HttpHeaders fourAhead =
        java.net.http.HttpHeaders.of(
            java.util.Map.of("date", java.util.List.of("Sat, 29 Nov 2025 15:40:00 GMT")),
            (a, b) -> true);

    assertThat(ClockSkew.measure(200, sixAhead, "", local, local).orElseThrow().skew())
        .isEqualTo(Duration.ofMinutes(6));
    assertThat(ClockSkew.measure(200, fourAhead, "", local, local)).isEmpty();
    assertThat(
            ClockSkew.measure(
                    403, sixAhead, "{\"Message\":\"User is not authorized\"}", local, local)
                .orElseThrow()
                .rejected())
        .isFalse();
  }

  @Test
  void clockOffset_canBeResetByHand() {
    f.api.clockOffset(Duration.ofMinutes(3));
    assertThat(f.api.clockOffset()).isEqualTo(Duration.ofMinutes(3));
    f.api.clockOffset(Duration.ZERO);
    assertThat(f.api.clockOffset()).isZero();
  }
}
