package dev.cogsh.api;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as people read them: {@code 23 ms}, {@code 1.2 s}, {@code 10 min 0 s}, {@code 2 h 5
 * min}.
 */
public final class Durations {

  private Durations() {}

  /** The duration's size, whatever its sign. */
  public static String human(Duration d) {
    Duration a = d.abs();
    long ms = a.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long s = a.toSeconds();
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    return s / 3600 + " h " + s % 3600 / 60 + " min";
  }

  /** Rounded to whole seconds. */
  public static Duration seconds(Duration d) {
    return Duration.ofSeconds(Math.round(d.toMillis() / 1000.0));
  }
}
