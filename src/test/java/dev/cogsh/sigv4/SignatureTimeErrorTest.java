package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignatureTimeErrorTest {

  @Test
  void parse_signatureExpired_readsTheThreeTimesAndTheWindow() {
    // From anchors.md §4.1 (aws-amplify/aws-sdk-android#253).
    String body =
        "{\"message\":\"Signature expired: 20170212T175938Z is now earlier than 20170215T145534Z"
            + " (20170215T150034Z - 5 min.)\"}";

    SignatureTimeError e = SignatureTimeError.parse(body).orElseThrow();

    assertThat(e.expired()).isTrue();
    assertThat(e.requestTime()).isEqualTo(Instant.parse("2017-02-12T17:59:38Z"));
    assertThat(e.limit()).isEqualTo(Instant.parse("2017-02-15T14:55:34Z"));
    assertThat(e.serverTime()).isEqualTo(Instant.parse("2017-02-15T15:00:34Z"));
    assertThat(e.window()).isEqualTo(Duration.ofMinutes(5));
    assertThat(e.skew()).isPositive();
  }

  @Test
  void parse_signatureNotYetCurrent_hasANegativeSkew() {
    // From anchors.md §4.1 (NickWaterton/Roomba980-Python#118).
    String body =
        "{\"message\":\"Signature not yet current: 20230804T000000Z is still later than"
            + " 20230803T172233Z (20230803T171733Z + 5 min.)\"}";

    SignatureTimeError e = SignatureTimeError.parse(body).orElseThrow();

    assertThat(e.expired()).isFalse();
    assertThat(e.skew())
        .isEqualTo(
            Duration.between(
                Instant.parse("2023-08-04T00:00:00Z"), Instant.parse("2023-08-03T17:17:33Z")));
    assertThat(e.skew()).isNegative();
  }

  @Test
  void parse_secondsWindow_ofAPresignedUrl() {
    String body =
        "Signature expired: 20240101T000000Z is now earlier than 20240101T000130Z"
            + " (20240101T000300Z - 90 sec.)";

    assertThat(SignatureTimeError.parse(body).orElseThrow().window())
        .isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void parse_otherMessages_areEmpty() {
    assertThat(SignatureTimeError.parse("{\"message\":\"Forbidden\"}")).isEmpty();
    assertThat(SignatureTimeError.parse(null)).isEmpty();
  }
}
