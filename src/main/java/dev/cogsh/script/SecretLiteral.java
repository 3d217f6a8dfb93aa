package dev.cogsh.script;

import dev.cogsh.human.SecretKind;
import java.util.Locale;
import java.util.Objects;

/**
 * A string literal in a snippet that carries a secret, as a {@link SecretFinder} found it.
 *
 * @param start where the literal starts in the snippet, its opening quote included
 * @param end where it ends (exclusive), its closing quote included
 * @param name the parameter name its context suggests: {@code PASSWORD} for the second argument of
 *     {@code login(..)}, {@code SECRET_KEY} for {@code secretKey = "…"}
 */
public record SecretLiteral(int start, int end, String name) {

  public SecretLiteral {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a literal spans start < end: " + start + ".." + end);
    }
    Objects.requireNonNull(name, "name");
  }

  /**
   * How the value is shown, by the literal's name: a token its head and size, an access key id its
   * ends, any other secret nothing.
   */
  public SecretKind kind() {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("accesskeyid")) {
      return SecretKind.ACCESS_KEY_ID;
    }
    return lower.contains("token") ? SecretKind.TOKEN : SecretKind.SECRET;
  }

  /** The literal's text in {@code snippet} between its quotes, escapes as written. */
  public String writtenIn(String snippet) {
    String text = snippet.substring(start, Math.min(end, snippet.length()));
    String quote = text.startsWith("\"\"\"") ? "\"\"\"" : "\"";
    int from = Math.min(quote.length(), text.length());
    int to =
        text.length() >= from + quote.length() && text.endsWith(quote)
            ? text.length() - quote.length()
            : text.length();
    return text.substring(from, Math.max(from, to));
  }

  /**
   * The string the program sees: escapes translated, a text block's first line break and
   * indentation removed. Text that is not a valid literal yet (half typed) stays as written.
   */
  public String valueIn(String snippet) {
    String value = writtenIn(snippet);
    if (snippet.startsWith("\"\"\"", start)) {
      int lineBreak = value.indexOf('\n');
      value = lineBreak < 0 ? value : value.substring(lineBreak + 1).stripIndent();
    }
    try {
      return value.translateEscapes();
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  @Override
  public String toString() {
    return "SecretLiteral[" + start + ".." + end + " " + name + "]";
  }
}
