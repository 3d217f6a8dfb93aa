package dev.cogsh.human;

import java.util.Locale;

/**
 * The one masking policy: how a secret looks wherever cogsh shows it ({@code toString()}, messages,
 * traces, logs).
 *
 * <table>
 *   <caption>What each kind shows</caption>
 *   <tr><th>kind</th><th>shown</th><th>rule</th></tr>
 *   <tr><td>access key id</td><td>{@code ASIA…WXYZ}</td><td>first 4 + last 4; {@code ****} under
 *       16 characters (a real key id is 16 to 128), so at least half always stays hidden</td></tr>
 *   <tr><td>secret key, password, client secret, TOTP secret</td><td>{@code ****}</td>
 *       <td>nothing of the value, not even its length</td></tr>
 *   <tr><td>session token, JWT, refresh token</td><td>{@code eyJ…(1.1 kB)}</td><td>first 3
 *       characters (enough to tell a JWT from an STS token) + size; under 16 characters only the
 *       size, {@code …(5 B)}</td></tr>
 *   <tr><td>identifier (not a secret, shortened)</td><td>{@code us-east-1:5f0c…}</td><td>up to the
 *       first {@code :}, then 4 characters</td></tr>
 * </table>
 *
 * <p>{@code null} shows as {@code "null"} for every kind, so a {@code toString()} tells "absent"
 * from "hidden".
 */
public final class Masks {

  /** What a secret shows as: nothing of its value. */
  public static final String HIDDEN = "****";

  /** Below this many characters, a key id or token shows no characters at all. */
  static final int SHOWN_FROM = 16;

  private Masks() {}

  /** {@code value} as {@code kind} is shown; the entry point for a redactor. */
  public static String mask(SecretKind kind, String value) {
    return kind.mask(value);
  }

  /** An access key id: {@code ASIA…WXYZ}. */
  public static String keyId(String value) {
    if (value == null) {
      return "null";
    }
    return value.length() < SHOWN_FROM
        ? HIDDEN
        : value.substring(0, 4) + "…" + value.substring(value.length() - 4);
  }

  /** A secret that is never shown, not even in part: {@code ****}. */
  public static String secret(String value) {
    return value == null ? "null" : HIDDEN;
  }

  /** A token: its first 3 characters and its size, {@code eyJ…(1.1 kB)}; never enough to use it. */
  public static String token(String value) {
    if (value == null) {
      return "null";
    }
    String head = value.length() < SHOWN_FROM ? "" : value.substring(0, 3);
    return head + "…(" + size(value.length()) + ")";
  }

  /**
   * An identifier that is not secret but too long to read, such as an identity id or a {@code sub}:
   * {@code us-east-1:5f0c…}, {@code 5f0c…}. A short one is shown whole.
   */
  public static String shortId(String id) {
    if (id == null) {
      return "null";
    }
    int start = id.indexOf(':') + 1;
    return id.length() <= start + 4 ? id : id.substring(0, start + 4) + "…";
  }

  /** A size in characters as people read it: {@code 845 B}, {@code 1.2 kB}. */
  public static String size(int chars) {
    return chars < 1000 ? chars + " B" : String.format(Locale.ROOT, "%.1f kB", chars / 1000.0);
  }
}
