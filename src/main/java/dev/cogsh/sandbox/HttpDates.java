package dev.cogsh.sandbox;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The HTTP {@code Date} header (RFC 1123), which SigV4 accepts instead of {@code X-Amz-Date}. */
final class HttpDates {
  private HttpDates() {}

  /** The instant, or {@code null} when the text is not an RFC 1123 date. */
  static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
