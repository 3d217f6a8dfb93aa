package dev.cogsh.sigv4;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API Gateway's answer to a request signed too far from its own clock:
 *
 * <pre>
 * Signature expired: 20170212T175938Z is now earlier than 20170215T145534Z (20170215T150034Z - 5 min.)
 * Signature not yet current: 20230804T000000Z is still later than 20230803T172233Z (20230803T171733Z + 5 min.)
 * </pre>
 *
 * @param expired true for "Signature expired", false for "Signature not yet current"
 * @param requestTime the request's date (its {@code X-Amz-Date})
 * @param limit the earliest (expired) or latest (not yet current) date the server would accept
 * @param serverTime the server's clock when it answered
 * @param window how far from its clock the server accepts a date (5 min for API Gateway)
 */
public record SignatureTimeError(
    boolean expired, Instant requestTime, Instant limit, Instant serverTime, Duration window) {

  private static final Pattern MESSAGE =
      Pattern.compile(
          "Signature (expired|not yet current): (\\d{8}T\\d{6}Z) is (?:now earlier|still later)"
              + " than (\\d{8}T\\d{6}Z) \\((\\d{8}T\\d{6}Z) ([+-]) (\\d+) (min|sec)\\.\\)");

  /** Finds the message anywhere in a response body (JSON or text). */
  public static Optional<SignatureTimeError> parse(String body) {
    if (body == null) {
      return Optional.empty();
    }
    Matcher m = MESSAGE.matcher(body);
    if (!m.find()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(m.group(6));
    Duration window =
        m.group(7).equals("min") ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount);
    return Optional.of(
        new SignatureTimeError(
            m.group(1).equals("expired"),
            AmzDate.parse(m.group(2)),
            AmzDate.parse(m.group(3)),
            AmzDate.parse(m.group(4)),
            window));
  }

  /** Server time minus request time: positive when the signer's clock is behind the server's. */
  public Duration skew() {
    return Duration.between(requestTime, serverTime);
  }
}
