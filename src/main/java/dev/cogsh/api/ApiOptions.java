package dev.cogsh.api;

import java.time.Duration;

/**
 * Session options of {@link Api}: errors, retries, timeouts, HTTP version, display.
 *
 * @param throwOnError a non-2xx response throws {@link ApiException} instead of being returned
 * @param maxAttempts attempts per request, the first included (1 = no retries)
 * @param maxRetryTime no retry starts once this much time has passed since the first attempt
 * @param baseDelay the first backoff; each next one doubles, jittered
 * @param maxDelay the longest backoff (also caps a server's {@code Retry-After})
 * @param connectTimeout how long to wait for a connection (used when {@link Api} builds its client)
 * @param requestTimeout how long to wait for a response, per attempt
 * @param http2 offer HTTP/2 (the default is HTTP/1.1)
 * @param displayChars how much of a body {@link Response#toString()} shows
 */
public record ApiOptions(
    boolean throwOnError,
    int maxAttempts,
    Duration maxRetryTime,
    Duration baseDelay,
    Duration maxDelay,
    Duration connectTimeout,
    Duration requestTimeout,
    boolean http2,
    int displayChars) {

  /** No throwing, 3 attempts within 20 s, 200 ms first backoff up to 5 s, 10 s/30 s timeouts. */
  public static final ApiOptions DEFAULT =
      new ApiOptions(
          false,
          3,
          Duration.ofSeconds(20),
          Duration.ofMillis(200),
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          false,
          4000);

  /** Checks the bounds. */
  public ApiOptions {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "maxAttempts is at least 1 (no retries), not " + maxAttempts);
    }
    requirePositive(maxRetryTime, "maxRetryTime");
    requirePositive(baseDelay, "baseDelay");
    requirePositive(maxDelay, "maxDelay");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (displayChars < 100) {
      throw new IllegalArgumentException("displayChars is at least 100, not " + displayChars);
    }
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, not " + d);
    }
  }

  public ApiOptions withThrowOnError(boolean value) {
    return new ApiOptions(
        value,
        maxAttempts,
        maxRetryTime,
        baseDelay,
        maxDelay,
        connectTimeout,
        requestTimeout,
        http2,
        displayChars);
  }

  /** Attempts per request, the first included; {@code withRetries(0)} is the same as 1 attempt. */
  public ApiOptions withMaxAttempts(int value) {
    return new ApiOptions(
        throwOnError,
        value,
        maxRetryTime,
        baseDelay,
        maxDelay,
        connectTimeout,
        requestTimeout,
        http2,
        displayChars);
  }

  /** Retries after the first attempt: {@code withRetries(2)} is 3 attempts. */
  public ApiOptions withRetries(int value) {
    return withMaxAttempts(value + 1);
  }

  public ApiOptions withMaxRetryTime(Duration value) {
    return new ApiOptions(
        throwOnError,
        maxAttempts,
        value,
        baseDelay,
        maxDelay,
        connectTimeout,
        requestTimeout,
        http2,
        displayChars);
  }

  public ApiOptions withBackoff(Duration base, Duration max) {
    return new ApiOptions(
        throwOnError,
        maxAttempts,
        maxRetryTime,
        base,
        max,
        connectTimeout,
        requestTimeout,
        http2,
        displayChars);
  }

  public ApiOptions withConnectTimeout(Duration value) {
    return new ApiOptions(
        throwOnError,
        maxAttempts,
        maxRetryTime,
        baseDelay,
        maxDelay,
        value,
        requestTimeout,
        http2,
        displayChars);
  }

  public ApiOptions withRequestTimeout(Duration value) {
    return new ApiOptions(
        throwOnError,
        maxAttempts,
        maxRetryTime,
        baseDelay,
        maxDelay,
        connectTimeout,
        value,
        http2,
        displayChars);
  }

  public ApiOptions withHttp2(boolean value) {
    return new ApiOptions(
        throwOnError,
        maxAttempts,
        maxRetryTime,
        baseDelay,
        maxDelay,
        connectTimeout,
        requestTimeout,
        value,
        displayChars);
  }

  public ApiOptions withDisplayChars(int value) {
    return new ApiOptions(
        throwOnError,
        maxAttempts,
        maxRetryTime,
        baseDelay,
        maxDelay,
        connectTimeout,
        requestTimeout,
        http2,
        value);
  }
}
