package dev.cogsh.creds;

import dev.cogsh.config.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The AWS shared files as the SDK reads them, built from the paths {@link Environment} resolved.
 * Given to every SDK provider explicitly: the SDK's own loading would look under the JVM's {@code
 * user.home}, not under {@code $HOME}.
 */
public final class ProfileFiles {

  private ProfileFiles() {}

  /**
   * {@code ~/.aws/credentials} and {@code ~/.aws/config} (or their variables); missing ones
   * skipped.
   */
  public static ProfileFile of(Environment env) {
    ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
    add(aggregator, env.awsCredentialsFile(), ProfileFile.Type.CREDENTIALS);
    add(aggregator, env.awsConfigFile(), ProfileFile.Type.CONFIGURATION);
    return aggregator.build();
  }

  private static void add(ProfileFile.Aggregator aggregator, Path file, ProfileFile.Type type) {
    if (Files.isRegularFile(file)) {
      aggregator.addFile(ProfileFile.builder().content(file).type(type).build());
    }
  }
}
