package dev.cogsh.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CognitoTimestampTest {

  @Test
  void format_matchesTheLibrarysOwnUnitTest() {
    // From amazon-cognito-identity-js DateHelper unit test: epoch 1546322769000
    assertThat(CognitoTimestamp.format(Instant.ofEpochMilli(1546322769000L)))
        .isEqualTo("Tue Jan 1 06:06:09 UTC 2019");
  }

  @Test
  void format_singleDigitDay_isNotPadded() {
    assertThat(CognitoTimestamp.format(Instant.parse("2024-03-09T07:03:09Z")))
        .isEqualTo("Sat Mar 9 07:03:09 UTC 2024");
  }

  @Test
  void format_twoDigitDayAndLeapDay() {
    assertThat(CognitoTimestamp.format(Instant.parse("2024-02-29T23:59:59Z")))
        .isEqualTo("Thu Feb 29 23:59:59 UTC 2024");
    assertThat(CognitoTimestamp.format(Instant.parse("2023-12-10T00:00:00Z")))
        .isEqualTo("Sun Dec 10 00:00:00 UTC 2023");
  }

  @Test
  void format_ignoresTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(CognitoTimestamp.format(Instant.parse("2019-01-01T06:06:09Z")))
          .isEqualTo("Tue Jan 1 06:06:09 UTC 2019");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void parse_roundTrips() throws SrpException {
    Instant t = Instant.parse("2024-03-09T07:03:09Z");
    assertThat(CognitoTimestamp.parse(CognitoTimestamp.format(t))).isEqualTo(t);
  }

  @Test
  void parse_rejectsOtherForms() {
    assertThatThrownBy(() -> CognitoTimestamp.parse("2024-03-09T07:03:09Z"))
        .isInstanceOf(SrpException.class)
        .hasMessageContaining("Tue Jan 1 06:06:09 UTC 2019");
  }
}
