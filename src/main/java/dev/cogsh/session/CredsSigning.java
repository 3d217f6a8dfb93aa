package dev.cogsh.session;

import dev.cogsh.api.CredentialSource;
import dev.cogsh.creds.AwsCredentials;
import dev.cogsh.creds.Creds;
import dev.cogsh.sigv4.SigningCredentials;

/**
 * {@code creds} as the credential source {@code api} signs with: whatever source {@code creds} has
 * at the time of each request (identity pool, guest, profile, static keys).
 */
final class CredsSigning implements CredentialSource {

  private final Creds creds;
  private volatile boolean stale;
  private volatile AwsCredentials last;

  CredsSigning(Creds creds) {
    this.creds = creds;
  }

  @Override
  public SigningCredentials current() {
    AwsCredentials credentials;
    if (stale) {
      stale = false;
      credentials = creds.refresh();
    } else {
      credentials = creds.get();
    }
    last = credentials;
    return new SigningCredentials(
        credentials.accessKeyId(), credentials.secretKey(), credentials.sessionToken());
  }

  /**
   * The server said the token is expired or invalid: fetch new credentials for the next request.
   */
  @Override
  public void invalidate() {
    stale = true;
  }

  @Override
  public String describe() {
    AwsCredentials seen = last;
    if (seen == null) {
      return creds.source();
    }
    return seen.identityId() != null ? "identity " + seen.identityId() : seen.source();
  }
}
