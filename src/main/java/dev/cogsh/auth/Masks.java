package dev.cogsh.auth;

import java.util.Locale;

/** How secrets look in {@code toString()}: {@code eyJ…(1.2 kB)} for tokens, {@code ****} else. */
final class Masks {

  private Masks() {}

  /** The first three characters, an ellipsis and the size: {@code eyJ…(1.2 kB)}. */
  static String token(String token) {
    if (token == null) {
      return "null";
    }
    String head = token.length() > 12 ? token.substring(0, 3) : "";
    return head + "…(" + size(token.length()) + ")";
  }

  /** {@code 845 B}, {@code 1.2 kB}. */
  static String size(int bytes) {
    return bytes < 1000 ? bytes + " B" : String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
  }

  /** {@code null} or {@code ****}. */
  static String secret(String secret) {
    return secret == null ? "null" : "****";
  }
}
