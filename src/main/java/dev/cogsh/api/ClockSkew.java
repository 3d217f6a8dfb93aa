package dev.cogsh.api;

import dev.cogsh.human.Durations;
import dev.cogsh.sigv4.AmzDate;
import dev.cogsh.sigv4.SignatureTimeError;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Measures how far this machine's clock is from the server's, for the correction of the signing
 * clock: from API Gateway's "Signature expired" / "Signature not yet current" message (exact to the
 * second), else from the response's {@code Date} header when it is more than {@link #THRESHOLD}
 * off. Explaining such an answer to the user is {@code dev.cogsh.diagnose}'s job; both say the
 * offset with {@link #describe(Duration)}.
 */
public final class ClockSkew {

  /** API Gateway accepts a date within 5 minutes of its clock; smaller offsets are left alone. */
  static final Duration THRESHOLD = Duration.ofMinutes(5);

  /**
   * A measured offset.
   *
   * @param skew server time minus local time, whole seconds (positive: this clock is behind)
   * @param evidence what it was measured from, for the note
   * @param rejected the request failed because of it (worth re-signing)
   */
  record Measured(Duration skew, String evidence, boolean rejected) {}

  private ClockSkew() {}

  static Optional<Measured> measure(
      int status, HttpHeaders headers, String body, Instant signedAt, Instant localNow) {
    if (status >= 400) {
      Optional<SignatureTimeError> error = SignatureTimeError.parse(body);
      if (error.isPresent()) {
        SignatureTimeError e = error.get();
        return Optional.of(
            new Measured(
                wholeSeconds(Duration.between(signedAt, e.serverTime())),
                "the server said the signature "
                    + (e.expired() ? "expired" : "is not yet current")
                    + " (signed "
                    + AmzDate.format(signedAt)
                    + ", server time "
                    + AmzDate.format(e.serverTime())
                    + ")",
                true));
      }
    }
    Optional<Instant> date = headers.firstValue("date").flatMap(ClockSkew::httpDate);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    Duration skew = Duration.between(localNow, date.get());
    if (skew.abs().compareTo(THRESHOLD) <= 0) {
      return Optional.empty();
    }
    boolean rejected =
        (status == 401 || status == 403)
            && (headers.firstValue("x-amzn-errortype").orElse("").contains("Signature")
                || body.contains("Signature"));
    return Optional.of(
        new Measured(
            wholeSeconds(skew),
            "the server's Date header says "
                + AmzDate.format(date.get())
                + ", this clock "
                + AmzDate.format(localNow),
            rejected));
  }

  /** "10m 00s behind the server" / "… ahead of the server". */
  public static String describe(Duration skew) {
    return Durations.format(skew.abs())
        + (skew.isNegative() ? " ahead of" : " behind")
        + " the server";
  }

  /** Rounded to whole seconds: the server's dates have no finer grain. */
  public static Duration wholeSeconds(Duration d) {
    return Duration.ofSeconds(Math.round(d.toMillis() / 1000.0));
  }

  private static Optional<Instant> httpDate(String text) {
    try {
      return Optional.of(
          ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
