package dev.cogsh.human;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one duration format, as a table. */
class DurationsTest {

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(Duration.ZERO, "0 ms"),
        Arguments.of(Duration.ofMillis(23), "23 ms"),
        Arguments.of(Duration.ofMillis(850), "850 ms"),
        Arguments.of(Duration.ofMillis(999), "999 ms"),
        Arguments.of(Duration.ofSeconds(1), "1.0s"),
        Arguments.of(Duration.ofMillis(4_299), "4.2s"),
        Arguments.of(Duration.ofMillis(9_999), "9.9s"),
        Arguments.of(Duration.ofSeconds(10), "10s"),
        Arguments.of(Duration.ofMillis(12_900), "12s"),
        Arguments.of(Duration.ofSeconds(59), "59s"),
        Arguments.of(Duration.ofSeconds(60), "1m 00s"),
        Arguments.of(Duration.ofSeconds(252), "4m 12s"),
        Arguments.of(Duration.ofMinutes(10), "10m 00s"),
        Arguments.of(Duration.ofSeconds(3599).plusMillis(900), "59m 59s"),
        Arguments.of(Duration.ofHours(1), "1h 00m"),
        Arguments.of(Duration.ofMinutes(65), "1h 05m"),
        Arguments.of(Duration.ofHours(23).plusMinutes(59).plusSeconds(59), "23h 59m"),
        Arguments.of(Duration.ofDays(1), "1d 0h"),
        Arguments.of(Duration.ofDays(2).plusHours(3).plusMinutes(30), "2d 3h"),
        Arguments.of(Duration.ofDays(7), "7d 0h"),
        Arguments.of(Duration.ofDays(400_000), "400000d 0h"),
        Arguments.of(Duration.ofSeconds(-252), "-4m 12s"),
        Arguments.of(Duration.ofMillis(-850), "-850 ms"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("table")
  void format_showsTwoUnitsAtMost_largerFirst(Duration duration, String shown) {
    assertThat(Durations.format(duration)).isEqualTo(shown);
  }
}
