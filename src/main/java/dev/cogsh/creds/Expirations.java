package dev.cogsh.creds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses {@code Credentials.Expiration} in every form it arrives in. Cognito Identity sends epoch
 * seconds as a JSON number, which shows up as an integer ({@code 1522664214}), a decimal ({@code
 * 1522664214.123}) or exponent notation ({@code 1.522664214E9}); STS-style sources and the SDK's
 * cache send ISO-8601 ({@code 2018-04-02T10:16:54Z}). The SDK already turns the wire value into an
 * {@link Instant}; this is for raw responses (tests, {@code --raw} display, the identity cache).
 */
public final class Expirations {

  private Expirations() {}

  /** The instant, to the millisecond; throws {@link IllegalArgumentException} when unreadable. */
  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Expiration is empty");
    }
    String value = text.strip();
    if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    if (value.matches("\\d{4}-.*")) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Expiration \"" + text + "\" is not a date", e);
      }
    }
    try {
      BigDecimal seconds = new BigDecimal(value);
      BigDecimal millis = seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP);
      return Instant.ofEpochMilli(millis.longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "Expiration \"" + text + "\" is neither epoch seconds nor an ISO-8601 date", e);
    }
  }
}
