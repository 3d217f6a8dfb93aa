package dev.cogsh.human;

/**
 * The kinds of secret cogsh knows, each with its own way of being shown (see {@link Masks}). A
 * redactor that knows a value's kind masks it with {@link #mask(String)}.
 */
public enum SecretKind {
  /** An AWS access key id: the first 4 and last 4 characters, {@code ASIA…WXYZ}. */
  ACCESS_KEY_ID,
  /**
   * A password, a secret access key, a client secret, a TOTP secret: nothing of it, {@code ****}.
   */
  SECRET,
  /**
   * A session token, a JWT, a refresh token: its first 3 characters and size, {@code eyJ…(1.1 kB)}.
   */
  TOKEN;

  /** {@code value} as this kind is shown; {@code null} stays {@code "null"}. */
  public String mask(String value) {
    return switch (this) {
      case ACCESS_KEY_ID -> Masks.keyId(value);
      case SECRET -> Masks.secret(value);
      case TOKEN -> Masks.token(value);
    };
  }
}
