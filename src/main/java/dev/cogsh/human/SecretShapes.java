package dev.cogsh.human;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a secret looks like where its value is not known: the rules the {@link Redactor} applies
 * after the registered values. Each rule finds the secret part of a match (its group {@code
 * secret}) and says how it is shown.
 *
 * <p>Every value pattern is possessive and must end at a delimiter, so a masked value ({@code
 * eyJ…(1.1 kB)}, {@code ****}) never matches again: redacting twice changes nothing. No pattern
 * repeats a group per character, so a megabyte of input neither backtracks nor recurses deeply.
 */
final class SecretShapes {

  /**
   * One rule.
   *
   * @param name what it finds, for tests and messages
   * @param pattern its group {@code secret} is the secret
   * @param kind how the secret is shown
   * @param clues words in lower case, one of which every match contains: a text without any of them
   *     is not searched (most output has none, and {@code indexOf} is much faster than a pattern)
   */
  record Shape(String name, Pattern pattern, SecretKind kind, List<String> clues) {

    /** Whether {@code lowerCaseText} may hold a match. */
    boolean mayMatch(String lowerCaseText) {
      for (String clue : clues) {
        if (lowerCaseText.contains(clue)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Characters of tokens and keys: base64, base64url, URL-encoded, JWT dots. */
  private static final String TOKEN_CHARS = "[A-Za-z0-9+/=_.~%-]";

  /** A token, also with JSON's optional {@code \/} for a slash. */
  private static final String TOKEN = TOKEN_CHARS + "++(?:\\\\++/" + TOKEN_CHARS + "*+)*+";

  /** Where a token in free text ends: a blank, a quote, a separator, or the end. */
  private static final String TOKEN_END = "(?=[\\s\"'\\\\&;,)\\]}>]|$)";

  /** A JSON string's opening quote at any escaping depth: {@code "}, {@code \"}, {@code \\\"}. */
  private static final String QUOTE = "(?<q>\\\\{0,3}\")";

  private static final String TOKEN_MEMBERS =
      "(?:session|id|access|refresh)_?token|x-amz-security-token";

  private static final String SECRET_MEMBERS =
      "secret_?(?:access_?)?key|(?:new_?|previous_?|proposed_?)?password|client_?secret"
          + "|secret_?hash|x-api-key";

  /** A JWS (three parts) or JWE (five parts), anywhere: {@code Bearer eyJ…}, {@code "…: eyJ…"}. */
  static final Shape JWT =
      exact(
          "JWT",
          "(?<secret>eyJ[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]*+"
              + "(?:\\.[A-Za-z0-9_-]*+\\.[A-Za-z0-9_-]*+)?+)",
          SecretKind.TOKEN,
          List.of("eyj"));

  /** An AWS access key id: {@code AKIA…} (long-term) or {@code ASIA…} (temporary). */
  static final Shape ACCESS_KEY_ID =
      exact(
          "access key id",
          "(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA)[A-Z0-9]{16,}+)(?![a-z])",
          SecretKind.ACCESS_KEY_ID,
          List.of("akia", "asia"));

  /** {@code "SessionToken": "…"}, {@code ["x-amz-security-token","…"]}, escaped or not. */
  static final Shape TOKEN_MEMBER =
      anyCase(
          "token member",
          QUOTE
              + "(?:"
              + TOKEN_MEMBERS
              + ")\\k<q>\\s*+[:,]\\s*+\\k<q>(?<secret>"
              + TOKEN
              + ")\\k<q>",
          SecretKind.TOKEN,
          List.of("token"));

  /**
   * {@code "SecretAccessKey": "…"}, {@code "password": "…"}, escaped or not; any characters, up to
   * the quote that closes the value (passwords have quotes and blanks too).
   */
  static final Shape SECRET_MEMBER =
      anyCase(
          "secret member",
          QUOTE
              + "(?:"
              + SECRET_MEMBERS
              + ")\\k<q>\\s*+[:,]\\s*+\\k<q>(?!\\k<q>)(?<secret>[^\\r\\n]{1,256}?)\\k<q>(?=\\s*+[,}\\]]|\\s*+$)",
          SecretKind.SECRET,
          List.of("key", "password", "secret"));

  /**
   * {@code x-amz-security-token: …} (a header line, a canonical request) and {@code
   * X-Amz-Security-Token=…} (a presigned URL); a token sent twice shows as {@code a,b}.
   */
  static final Shape TOKEN_FIELD =
      anyCase(
          "token header or parameter",
          "(?<![A-Za-z0-9_-])(?:x-amz-security-token|refresh_token|access_token|id_token)"
              + "\\s*+[:=]\\s*+(?<secret>"
              + TOKEN
              + "(?:,"
              + TOKEN
              + ")*+)"
              + TOKEN_END,
          SecretKind.TOKEN,
          List.of("token"));

  /** {@code x-api-key: …}, {@code client_secret=…}. */
  static final Shape SECRET_FIELD =
      anyCase(
          "secret header or parameter",
          "(?<![A-Za-z0-9_-])(?:x-api-key|client_secret)\\s*+[:=]\\s*+(?<secret>"
              + TOKEN
              + ")"
              + TOKEN_END,
          SecretKind.SECRET,
          List.of("x-api-key", "client_secret"));

  /**
   * {@code Authorization: Bearer …} with a token of any length. {@code Authorization:
   * AWS4-HMAC-SHA256 …} is left alone: a signature is not a secret.
   */
  static final Shape BEARER_HEADER =
      anyCase(
          "Authorization: Bearer",
          "(?<![A-Za-z0-9_-])authorization\\s*+:\\s*+bearer\\s++(?<secret>"
              + TOKEN
              + ")"
              + TOKEN_END,
          SecretKind.TOKEN,
          List.of("bearer"));

  /** {@code Authorization: Basic …}: a client id and secret, base64-encoded. */
  static final Shape BASIC_HEADER =
      anyCase(
          "Authorization: Basic",
          "(?<![A-Za-z0-9_-])authorization\\s*+:\\s*+basic\\s++(?<secret>"
              + TOKEN
              + ")"
              + TOKEN_END,
          SecretKind.SECRET,
          List.of("basic"));

  /**
   * {@code Bearer …} anywhere else (a JSON pair, a message): only a token of 16 or more characters
   * with a digit, so that prose ("Bearer tokens expire") stays as written.
   */
  static final Shape BEARER =
      anyCase(
          "Bearer token",
          "(?<![A-Za-z0-9_-])bearer\\s++(?=[A-Za-z+/=_.~%-]*+\\d)(?<secret>"
              + TOKEN_CHARS
              + "{16,}+)"
              + TOKEN_END,
          SecretKind.TOKEN,
          List.of("bearer"));

  /** Every rule, in the order they are applied (the order does not change the result). */
  static final List<Shape> ALL =
      List.of(
          JWT,
          ACCESS_KEY_ID,
          TOKEN_MEMBER,
          SECRET_MEMBER,
          TOKEN_FIELD,
          SECRET_FIELD,
          BEARER_HEADER,
          BASIC_HEADER,
          BEARER);

  private SecretShapes() {}

  private static Shape exact(String name, String regex, SecretKind kind, List<String> clues) {
    return new Shape(name, Pattern.compile(regex), kind, clues);
  }

  private static Shape anyCase(String name, String regex, SecretKind kind, List<String> clues) {
    return new Shape(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind, clues);
  }
}
