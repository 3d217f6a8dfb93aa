package dev.cogsh.sigv4;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The SigV4 timestamp {@code yyyyMMdd'T'HHmmss'Z'} (ISO 8601 basic format, UTC). */
public final class AmzDate {

  private AmzDate() {}

  /** {@code 2015-08-30T12:36:00Z} → {@code 20150830T123600Z} (fractions of a second dropped). */
  public static String format(Instant time) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      throw new IllegalArgumentException("year out of range for X-Amz-Date: " + time);
    }
    char[] out = new char[16];
    digits(out, 0, t.getYear(), 4);
    digits(out, 4, t.getMonthValue(), 2);
    digits(out, 6, t.getDayOfMonth(), 2);
    out[8] = 'T';
    digits(out, 9, t.getHour(), 2);
    digits(out, 11, t.getMinute(), 2);
    digits(out, 13, t.getSecond(), 2);
    out[15] = 'Z';
    return new String(out);
  }

  /**
   * {@code 20150830T123600Z} → the instant.
   *
   * @throws IllegalArgumentException when the text is not exactly that form or not a valid time
   */
  public static Instant parse(String text) {
    if (text == null || text.length() != 16 || text.charAt(8) != 'T' || text.charAt(15) != 'Z') {
      throw invalid(text);
    }
    try {
      return LocalDateTime.of(
              number(text, 0, 4),
              number(text, 4, 2),
              number(text, 6, 2),
              number(text, 9, 2),
              number(text, 11, 2),
              number(text, 13, 2))
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw invalid(text);
    }
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        "a SigV4 date looks like 20150830T123600Z (yyyyMMdd'T'HHmmss'Z', UTC), not '" + text + "'");
  }

  private static int number(String text, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(text);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
