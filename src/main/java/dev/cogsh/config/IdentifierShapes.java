package dev.cogsh.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of Cognito and AWS identifiers, and the text problems that come from copying them out
 * of a browser or a document: surrounding whitespace, smart quotes, invisible characters.
 */
final class IdentifierShapes {

  static final String REGION = "[a-z]{2}(?:-[a-z]+)+-\\d{1,2}";
  static final Pattern REGION_PATTERN = Pattern.compile(REGION);
  static final Pattern USER_POOL_ID = Pattern.compile("(" + REGION + ")_([0-9A-Za-z]+)");
  static final Pattern IDENTITY_POOL_ID =
      Pattern.compile(
          "(" + REGION + "):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
  static final Pattern APP_CLIENT_ID = Pattern.compile("[\\w+]{1,128}");
  static final Pattern SERVICE = Pattern.compile("[a-z0-9-]+");
  private static final Pattern EXECUTE_API_HOST =
      Pattern.compile("[a-z0-9]+\\.execute-api\\.(" + REGION + ")\\.amazonaws\\.com(?:\\.cn)?");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?i)(YOUR_[A-Z0-9_]+|<[^>]*>|x{6,}|\\.\\.\\.|…)");

  private IdentifierShapes() {}

  /** The region of an API Gateway invoke host ({@code *.execute-api.<region>.amazonaws.com}). */
  static Optional<String> executeApiRegion(String host) {
    if (host == null) {
      return Optional.empty();
    }
    Matcher m = EXECUTE_API_HOST.matcher(host.toLowerCase(Locale.ROOT));
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The region prefix of a user pool id or an identity pool id, when it has the right shape. */
  static Optional<String> poolRegion(Pattern pattern, String id) {
    if (id == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(id);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The first character that should not be in a copied identifier, described for a person: smart
   * quotes, invisible spaces, typographic dashes, and (when {@code asciiOnly}) anything non-ASCII.
   */
  static Optional<String> suspiciousCharacter(String value, boolean asciiOnly) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      String name = suspicious(c);
      if (name == null && asciiOnly && (c > 126 || c < 32)) {
        name = "not ASCII";
      }
      if (name != null) {
        String code = String.format(Locale.ROOT, "U+%04X %s", c, Character.getName(c));
        boolean invisible =
            Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT
                || Character.isISOControl(c);
        return Optional.of(
            invisible
                ? "an invisible character, " + code + ", at position " + (i + 1)
                : "the character "
                    + new String(Character.toChars(c))
                    + " ("
                    + code
                    + ", "
                    + name
                    + ") at position "
                    + (i + 1));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  private static String suspicious(int c) {
    return switch (c) {
      case '\u2018',
          '\u2019',
          '\u201A',
          '\u201B',
          '\u201C',
          '\u201D',
          '\u201E',
          '\u201F',
          '\u2032',
          '\u2033',
          '\u00AB',
          '\u00BB',
          '\u2039',
          '\u203A',
          '"',
          '\'',
          '`' ->
          "a quote";
      case '\u00A0', '\u2007', '\u202F', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' ->
          "an invisible space";
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> "a typographic dash";
      case ' ', '\t', '\n', '\r' -> "whitespace";
      default -> null;
    };
  }

  /** The placeholder a template left in the value ({@code YOUR_API_GATEWAY_URL}), if any. */
  static Optional<String> placeholder(String value) {
    Matcher m = PLACEHOLDER.matcher(value);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** True for {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}. */
  static boolean loopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || h.endsWith(".localhost")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127(\\.\\d{1,3}){3}");
  }

  /** Every field whose value is an identifier: ASCII only, no whitespace or quotes inside. */
  static final List<Field> IDENTIFIERS =
      List.of(
          Field.REGION,
          Field.USER_POOL_ID,
          Field.APP_CLIENT_ID,
          Field.IDENTITY_POOL_ID,
          Field.API_URL,
          Field.API_REGION,
          Field.API_SERVICE,
          Field.COGNITO_IDP_ENDPOINT,
          Field.COGNITO_IDENTITY_ENDPOINT);
}
