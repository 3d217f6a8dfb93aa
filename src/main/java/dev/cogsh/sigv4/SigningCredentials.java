package dev.cogsh.sigv4;

import dev.cogsh.human.Masks;
import java.util.Objects;

/**
 * The AWS credentials a request is signed with. {@link #toString()} masks them: the access key id
 * as {@code ASIA…WXYZ}, the secret key as {@code ****}, the session token by its size.
 *
 * @param sessionToken the session token of temporary credentials, or null for long-term keys
 */
public record SigningCredentials(String accessKeyId, String secretKey, String sessionToken) {

  /** Rejects a missing access key id or secret key; an empty session token counts as none. */
  public SigningCredentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretKey, "secretKey");
    if (accessKeyId.isBlank() || secretKey.isBlank()) {
      throw new IllegalArgumentException("an access key id and a secret key are required");
    }
    if (sessionToken != null && sessionToken.isEmpty()) {
      sessionToken = null;
    }
  }

  /** Long-term credentials: no session token. */
  public static SigningCredentials of(String accessKeyId, String secretKey) {
    return new SigningCredentials(accessKeyId, secretKey, null);
  }

  @Override
  public String toString() {
    return "SigningCredentials[accessKeyId="
        + Masks.keyId(accessKeyId)
        + ", secretKey="
        + Masks.secret(secretKey)
        + ", sessionToken="
        + Masks.token(sessionToken)
        + "]";
  }
}
