package dev.cogsh.creds;

import dev.cogsh.config.Environment;
import dev.cogsh.creds.CredsException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The SDK's credential providers, fed from an injected {@link Environment}: profiles (including
 * {@code credential_process}) from explicit file paths, and a default chain in the SDK's order.
 */
final class SdkSources {

  private SdkSources() {}

  /** A named profile from {@code ~/.aws/credentials} and {@code ~/.aws/config}. */
  static Source profile(String name, Environment env) {
    ProfileFile files = ProfileFiles.of(env);
    if (files.profile(name).isEmpty()) {
      List<String> names = new ArrayList<>(files.profiles().keySet());
      throw new CredsException(
          Reason.SOURCE,
          "No AWS profile named \""
              + name
              + "\" in "
              + env.display(env.awsCredentialsFile())
              + " or "
              + env.display(env.awsConfigFile())
              + (names.isEmpty()
                  ? " (no profiles at all)"
                  : "; profiles: " + String.join(", ", names)),
          "create it with 'aws configure --profile " + name + "', or pick one of those");
    }
    ProviderSource source =
        new ProviderSource(
            "profile " + name,
            ProfileCredentialsProvider.builder().profileFile(files).profileName(name).build());
    source.get(true); // fail now, where the user typed the name, not at the next API call
    return source;
  }

  /**
   * The SDK's default chain without the parts that read the process directly: environment
   * variables, the profile ({@code AWS_PROFILE} or {@code default}), the container endpoint and the
   * EC2 instance role. The first that gives credentials is kept and named.
   */
  static Source defaultChain(Environment env) {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, AwsCredentialsProvider> link : links(env, failures)) {
      try {
        ProviderSource source =
            new ProviderSource("default chain, " + link.getKey(), link.getValue());
        source.get(true);
        return source;
      } catch (CredsException e) {
        failures.add(link.getKey() + ": " + e.getMessage());
      }
    }
    throw new CredsException(
        Reason.SOURCE,
        "The default chain found no credentials:\n  " + String.join("\n  ", failures),
        "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile ('aws"
            + " configure'), or use creds.use(accessKey, secretKey, sessionToken)");
  }

  private static List<Map.Entry<String, AwsCredentialsProvider>> links(
      Environment env, List<String> failures) {
    List<Map.Entry<String, AwsCredentialsProvider>> links = new ArrayList<>();
    String key = env.variable("AWS_ACCESS_KEY_ID").orElse(null);
    String secret = env.variable("AWS_SECRET_ACCESS_KEY").orElse(null);
    if (key != null && secret != null) {
      String token = env.variable("AWS_SESSION_TOKEN").orElse(null);
      links.add(
          Map.entry(
              "environment",
              StaticCredentialsProvider.create(
                  token == null
                      ? AwsBasicCredentials.create(key, secret)
                      : AwsSessionCredentials.create(key, secret, token))));
    } else {
      failures.add("environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set");
    }
    String profile = env.variable("AWS_PROFILE").orElse("default");
    ProfileFile files = ProfileFiles.of(env);
    if (files.profile(profile).isPresent()) {
      links.add(
          Map.entry(
              "profile " + profile,
              ProfileCredentialsProvider.builder()
                  .profileFile(files)
                  .profileName(profile)
                  .build()));
    } else {
      failures.add("profile " + profile + ": not in " + env.display(env.awsCredentialsFile()));
    }
    if (env.variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI").isPresent()
        || env.variable("AWS_CONTAINER_CREDENTIALS_FULL_URI").isPresent()) {
      links.add(Map.entry("container", ContainerCredentialsProvider.builder().build()));
    }
    if (!env.variable("AWS_EC2_METADATA_DISABLED").map("true"::equalsIgnoreCase).orElse(false)) {
      links.add(
          Map.entry(
              "instance role",
              InstanceProfileCredentialsProvider.builder()
                  .profileFile(files)
                  .profileName(profile)
                  .build()));
    }
    return links;
  }
}
