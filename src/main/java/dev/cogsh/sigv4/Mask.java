package dev.cogsh.sigv4;

/** Masks secrets for display: {@code ASIA…WXYZ}, {@code IQoJ…(1.2 kB)}, {@code ****}. */
final class Mask {

  private Mask() {}

  /** An access key id or other short identifier: first 4 + … + last 4. */
  static String keyId(String value) {
    if (value == null) {
      return "null";
    }
    return value.length() < 12
        ? "****"
        : value.substring(0, 4) + "…" + value.substring(value.length() - 4);
  }

  /** A session token: its first 4 characters and its size; never enough to use it. */
  static String token(String value) {
    if (value == null) {
      return "null";
    }
    return value.length() < 12 ? "****" : value.substring(0, 4) + "…(" + size(value.length()) + ")";
  }

  /** A secret that is never shown, not even in part. */
  static String secret(String value) {
    return value == null ? "null" : "****";
  }

  private static String size(int chars) {
    return chars < 1000
        ? chars + " B"
        : String.format(java.util.Locale.ROOT, "%.1f kB", chars / 1000.0);
  }
}
