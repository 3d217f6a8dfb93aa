package dev.cogsh.script;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a secret looks like inside the text of a string literal, whatever the code around it: the
 * third rule of {@link SecretLiteralFilter}. Each shape names the kind of credential it found, and
 * that name becomes the parameter of a recording ({@code param("TOTP_SECRET")}).
 */
final class CredentialShapes {

  /**
   * One shape.
   *
   * @param name what the literal is then called
   * @param pattern found anywhere in the literal's text
   * @param check what else the found text must satisfy
   */
  private record Shape(String name, Pattern pattern, Predicate<String> check) {

    boolean in(String content) {
      Matcher m = pattern.matcher(content);
      while (m.find()) {
        if (check.test(m.group())) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Predicate<String> ANY = s -> true;

  /** Base64 and base64url characters, as in keys and tokens. */
  private static final String KEY_CHARACTER = "[A-Za-z0-9+/=_-]";

  private static final List<Shape> SHAPES =
      List.of(
          // a JWT anywhere: "eyJ…", "Bearer eyJ…", "Invalid Refresh Token: eyJ…"
          new Shape("token", Pattern.compile("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]*"), ANY),
          // an opaque bearer token: "Bearer 2YotnFZFEjr1zCsicMWpAA"
          new Shape(
              "token",
              Pattern.compile("(?i)\\bbearer\\s+(?=[A-Za-z+/=_.~-]*\\d)[A-Za-z0-9+/=_.~-]{8,}"),
              ANY),
          // an STS session token, by the prefixes STS gives them
          new Shape(
              "sessionToken",
              Pattern.compile(
                  "(?:IQoJb3JpZ2luX2Vj|AgoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz)\\S*"),
              ANY),
          new Shape("accessKeyId", Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"), ANY),
          // "password=…", "\"secret\":\"…\"" in a body, a query or a properties text
          new Shape(
              "password",
              Pattern.compile("(?i)password(?:\\\\?\"\\s*:\\s*\\\\?\"|=)[^\"&\\s\\\\]+"),
              ANY),
          new Shape(
              "secret",
              Pattern.compile("(?i)secret(?:\\\\?\"\\s*:\\s*\\\\?\"|=)[^\"&\\s\\\\]+"),
              ANY),
          new Shape(
              "token",
              Pattern.compile("(?i)token(?:\\\\?\"\\s*:\\s*\\\\?\"|=)[^\"&\\s\\\\]+"),
              ANY),
          // an AWS secret access key: 40 characters of base64, mixed case and digits
          new Shape(
              "secretKey",
              Pattern.compile("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"),
              s -> !s.startsWith("/") && mixed(s)),
          // a TOTP secret: base32 of 80 bits or more, as authenticator apps show it
          new Shape(
              "totpSecret",
              Pattern.compile("(?<![A-Za-z0-9])[A-Z2-7]{16,}=*(?![A-Za-z0-9])"),
              s -> s.chars().anyMatch(Character::isDigit)));

  /** A whole literal of 32 or more key characters: secret keys, tokens, client secrets. */
  private static final Pattern KEY_CHARACTERS = Pattern.compile(KEY_CHARACTER + "{32,}");

  private static final Pattern UUID =
      Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private CredentialShapes() {}

  /** The kind of credential {@code content} holds, as a parameter name; {@code null} if none. */
  static String nameOf(String content) {
    for (Shape shape : SHAPES) {
      if (shape.in(content)) {
        return shape.name();
      }
    }
    boolean keyLike =
        KEY_CHARACTERS.matcher(content).matches()
            && !content.startsWith("/")
            && !UUID.matcher(content).matches()
            && content.chars().anyMatch(Character::isDigit)
            && content.chars().anyMatch(Character::isLetter);
    return keyLike ? "secret" : null;
  }

  /** Upper case, lower case and digits, as in a random key (a hex digest has no upper case). */
  private static boolean mixed(String s) {
    return s.chars().anyMatch(Character::isUpperCase)
        && s.chars().anyMatch(Character::isLowerCase)
        && s.chars().anyMatch(Character::isDigit);
  }
}
