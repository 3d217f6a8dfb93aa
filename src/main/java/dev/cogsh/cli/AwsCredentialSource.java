package dev.cogsh.cli;

import dev.cogsh.config.Environment;
import dev.cogsh.creds.ProfileFiles;
import dev.cogsh.sigv4.SigningCredentials;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;

/**
 * AWS credentials when no flags give them: the {@code AWS_ACCESS_KEY_ID} / {@code
 * AWS_SECRET_ACCESS_KEY} / {@code AWS_SESSION_TOKEN} variables, else the static keys of the profile
 * {@code AWS_PROFILE} (or {@code default}) in {@code ~/.aws/credentials} and {@code ~/.aws/config}
 * at the paths the given {@link Environment} resolved ({@link ProfileFiles}): nothing is read from
 * the process here.
 */
final class AwsCredentialSource {

  private final Environment environment;

  AwsCredentialSource(Environment environment) {
    this.environment = environment;
  }

  /** The credentials of the environment, else of the profile. */
  SigningCredentials find() throws SignException {
    Optional<String> accessKey = variable("AWS_ACCESS_KEY_ID");
    Optional<String> secretKey = variable("AWS_SECRET_ACCESS_KEY");
    if (accessKey.isPresent() && secretKey.isPresent()) {
      return new SigningCredentials(
          accessKey.get(), secretKey.get(), variable("AWS_SESSION_TOKEN").orElse(null));
    }
    String name = variable("AWS_PROFILE").orElse("default");
    Optional<Profile> profile = ProfileFiles.of(environment).profile(name);
    if (profile.isEmpty()) {
      throw new SignException(
          "no AWS credentials (no flags, no AWS_ACCESS_KEY_ID, no profile '" + name + "')",
          "pass --access-key and --secret-key (and --session-token for temporary keys)");
    }
    Optional<String> profileKey = profile.get().property("aws_access_key_id");
    Optional<String> profileSecret = profile.get().property("aws_secret_access_key");
    if (profileKey.isEmpty() || profileSecret.isEmpty()) {
      throw new SignException(
          "profile '" + name + "' has no aws_access_key_id/aws_secret_access_key",
          "pass --access-key and --secret-key, or export them with"
              + " 'aws configure export-credentials --format env'");
    }
    return new SigningCredentials(
        profileKey.get(),
        profileSecret.get(),
        profile.get().property("aws_session_token").orElse(null));
  }

  private Optional<String> variable(String name) {
    return environment.variable(name).map(String::strip);
  }
}
