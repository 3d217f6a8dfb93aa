package dev.cogsh.script;

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

  @Override
  public String toString() {
    return "SecretLiteral[" + start + ".." + end + " " + name + "]";
  }
}
