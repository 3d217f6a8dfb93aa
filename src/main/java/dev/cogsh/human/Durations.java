package dev.cogsh.human;

import java.time.Duration;

/**
 * The one way a duration is shown to people: two units at most, the larger first, the smaller
 * padded to two digits when it follows a clock unit.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>duration</th><th>shown</th></tr>
 *   <tr><td>under 1 s</td><td>{@code 850 ms}</td></tr>
 *   <tr><td>under 10 s</td><td>{@code 4.2s} (tenths: a request's time still tells apart)</td></tr>
 *   <tr><td>under 1 min</td><td>{@code 12s}</td></tr>
 *   <tr><td>under 1 h</td><td>{@code 4m 12s}, {@code 10m 00s}</td></tr>
 *   <tr><td>under 1 day</td><td>{@code 1h 05m}</td></tr>
 *   <tr><td>longer</td><td>{@code 2d 3h}</td></tr>
 * </table>
 *
 * <p>Smaller parts are cut off, not rounded, so a countdown never shows more than is left ({@code
 * 59m 59.9s} is {@code 59m 59s}). A negative duration is shown with a leading {@code -}; a caller
 * that words the sign ("ago", "ahead of") passes {@link Duration#abs()}.
 */
public final class Durations {

  private Durations() {}

  /** {@code d} as people read it, e.g. {@code 4m 12s}. */
  public static String format(Duration d) {
    if (d.isNegative()) {
      return "-" + format(d.negated());
    }
    long s = d.getSeconds();
    if (s < 10) {
      long ms = d.toMillis(); // small here, so this cannot overflow
      return ms < 1000 ? ms + " ms" : s + "." + ms % 1000 / 100 + "s";
    }
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return s / 60 + "m " + two(s % 60) + "s";
    }
    if (s < 86_400) {
      return s / 3600 + "h " + two(s % 3600 / 60) + "m";
    }
    return s / 86_400 + "d " + s % 86_400 / 3600 + "h";
  }

  private static String two(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }

  /**
   * A duration as people write it on a command line: {@code 90s}, {@code 15m}, {@code 1h}, {@code
   * 2d}, {@code 500ms}, or ISO-8601 ({@code PT1M30S}).
   *
   * @param option the option it was given to, for the error
   * @throws IllegalArgumentException when it is none of those, or not positive
   */
  public static Duration parse(String text, String option) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    Duration d = null;
    try {
      if (t.startsWith("p")) {
        d = Duration.parse(t);
      } else if (t.matches("\\d+ms")) {
        d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      } else if (t.matches("\\d+[smhd]")) {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        d =
            switch (t.charAt(t.length() - 1)) {
              case 's' -> Duration.ofSeconds(n);
              case 'm' -> Duration.ofMinutes(n);
              case 'h' -> Duration.ofHours(n);
              default -> Duration.ofDays(n);
            };
      }
    } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
      d = null;
    }
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(
          option + " takes a positive duration such as 90s, 15m or 1h, not '" + text + "'");
    }
    return d;
  }
}
