package dev.cogsh.creds;

import java.util.Optional;

/** Keys given with {@code creds.use(accessKey, secretKey, sessionToken)}. */
final class StaticSource implements Source {

  private final AwsCredentials credentials;

  StaticSource(AwsCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public AwsCredentials get(boolean force) {
    return credentials;
  }

  @Override
  public Optional<AwsCredentials> cached() {
    return Optional.of(credentials);
  }

  @Override
  public String name() {
    return credentials.source();
  }
}
