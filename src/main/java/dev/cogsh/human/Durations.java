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
}
