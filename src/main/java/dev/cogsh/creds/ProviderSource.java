package dev.cogsh.creds;

import dev.cogsh.creds.CredsException.Reason;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Credentials from an SDK provider (a profile, one link of the default chain); it caches itself.
 */
final class ProviderSource implements Source {

  private final String name;
  private final AwsCredentialsProvider provider;
  private volatile AwsCredentials cached;

  ProviderSource(String name, AwsCredentialsProvider provider) {
    this.name = name;
    this.provider = provider;
  }

  @Override
  public AwsCredentials get(boolean force) {
    cached = resolve(name, provider);
    return cached;
  }

  @Override
  public Optional<AwsCredentials> cached() {
    return Optional.ofNullable(cached);
  }

  @Override
  public String name() {
    return name;
  }

  /** Asks the provider; SDK failures become a {@link CredsException} naming the source. */
  static AwsCredentials resolve(String name, AwsCredentialsProvider provider) {
    software.amazon.awssdk.auth.credentials.AwsCredentials c;
    try {
      c = provider.resolveCredentials();
    } catch (SdkException | IllegalStateException | IllegalArgumentException e) {
      throw new CredsException(
          Reason.SOURCE, name + " gave no credentials: " + e.getMessage(), hint(e.getMessage()), e);
    }
    String token = c instanceof AwsSessionCredentials session ? session.sessionToken() : null;
    return new AwsCredentials(
        c.accessKeyId(), c.secretAccessKey(), token, c.expirationTime().orElse(null), null, name);
  }

  private static String hint(String message) {
    String m = message == null ? "" : message;
    if (m.contains("sso")) {
      return "SSO profiles need the SDK's sso module, which cogsh does not ship: run 'aws sso"
          + " login' and 'aws configure export-credentials --format env', then creds.use(…), or"
          + " use a credential_process profile";
    }
    if (m.contains("sts") || m.contains("role_arn")) {
      return "assume-role profiles need the SDK's sts module, which cogsh does not ship: use a"
          + " credential_process profile, or export the role's keys and call creds.use(…)";
    }
    return "check the profile in ~/.aws/credentials and ~/.aws/config (aws configure list"
        + " --profile NAME shows what the AWS CLI sees)";
  }
}
