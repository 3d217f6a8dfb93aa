package dev.cogsh.api;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Which responses are retried and how long to wait: 429 and 5xx (but 501 and 505) on idempotent
 * methods, or on any method when the caller asked; never other 4xx. Backoff doubles from {@link
 * ApiOptions#baseDelay()} up to {@link ApiOptions#maxDelay()}, with "equal jitter" (half fixed,
 * half random) so that clients that failed together do not retry together.
 */
final class RetryPolicy {

  static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private RetryPolicy() {}

  /** May this request be retried at all. */
  static boolean allowed(RequestSpec spec) {
    return spec.retry() != null ? spec.retry() : IDEMPOTENT.contains(spec.request().method());
  }

  /** Is this status worth another attempt. */
  static boolean retryableStatus(int status) {
    return status == 429 || status >= 500 && status <= 599 && status != 501 && status != 505;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry): {@code d = min(max, base ·
   * 2^(retry-1))}, then {@code d/2 + random(0, d/2)}; at least the server's {@code Retry-After}
   * (capped at max).
   */
  static Duration delay(
      int retry, ApiOptions options, Random random, Optional<Duration> retryAfter) {
    long base = options.baseDelay().toMillis();
    long cap = options.maxDelay().toMillis();
    long d = Math.min(cap, base << Math.min(20, retry - 1));
    long jittered = d / 2 + (long) (random.nextDouble() * (d - d / 2));
    long wait = Math.max(jittered, retryAfter.map(Duration::toMillis).orElse(0L));
    return Duration.ofMillis(Math.min(cap, wait));
  }

  /**
   * {@code Retry-After} as a wait: delay-seconds ({@code 120}) or an HTTP date ({@code Wed, 21 Oct
   * 2015 07:28:00 GMT}, measured from {@code now}; a date past is no wait). Unreadable values are
   * ignored.
   */
  static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
    return headers.firstValue("retry-after").map(String::strip).flatMap(v -> retryAfter(v, now));
  }

  static Optional<Duration> retryAfter(String value, Instant now) {
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
