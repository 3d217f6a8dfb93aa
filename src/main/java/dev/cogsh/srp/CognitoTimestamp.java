package dev.cogsh.srp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code TIMESTAMP} of a {@code PASSWORD_VERIFIER} answer: {@code EEE MMM d HH:mm:ss UTC yyyy}
 * in English and UTC, the day of month not padded ({@code Tue Jan 1 06:06:09 UTC 2019}), as
 * amazon-cognito-identity-js's {@code DateHelper.getNowString()} builds it. The string is signed
 * verbatim, so it must be byte-identical to what is sent.
 */
public final class CognitoTimestamp {

  // 'UTC' as a literal: pattern letter z with ZoneOffset.UTC would print "Z"
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US)
          .withZone(ZoneOffset.UTC);

  private CognitoTimestamp() {}

  /** Formats an instant as Cognito's {@code TIMESTAMP}. */
  public static String format(Instant t) {
    return FORMAT.format(t);
  }

  /** Parses a {@code TIMESTAMP} back to an instant (a server checks it is recent). */
  public static Instant parse(String text) throws SrpException {
    try {
      return Instant.from(FORMAT.parse(text));
    } catch (DateTimeParseException e) {
      throw new SrpException(
          "TIMESTAMP '" + text + "' is not in the form 'Tue Jan 1 06:06:09 UTC 2019'");
    }
  }
}
