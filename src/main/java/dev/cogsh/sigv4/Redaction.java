package dev.cogsh.sigv4;

import dev.cogsh.human.Masks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds session tokens inside texts that quote a request: canonical requests ({@code
 * x-amz-security-token:…}), header dumps ({@code X-Amz-Security-Token: …}) and presigned URLs
 * ({@code X-Amz-Security-Token=…}), also inside JSON-escaped bodies; {@link Masks#token} shows
 * each.
 */
public final class Redaction {

  private static final Pattern TOKEN =
      Pattern.compile("(?i)(x-amz-security-token\\s*[:=]\\s*)([^\\s'\"\\\\&]+)");

  private Redaction() {}

  /** The text with every session token shown as {@code IQo…(1.2 kB)}. */
  public static String sessionTokens(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      StringBuilder masked = new StringBuilder(m.group(1));
      String[] values = m.group(2).split(",", -1); // a token sent twice shows as "a,b"
      for (int i = 0; i < values.length; i++) {
        masked.append(i == 0 ? "" : ",").append(values[i].isEmpty() ? "" : Masks.token(values[i]));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(masked.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
