package dev.cogsh.sandbox;

/** Masking of secrets for logs and {@code toString()}: the first 4 and last 4 characters. */
final class Masks {
  private Masks() {}

  static String mask(String secret) {
    if (secret == null) {
      return "null";
    }
    return secret.length() <= 12
        ? "****"
        : secret.substring(0, 4) + "…" + secret.substring(secret.length() - 4);
  }
}
