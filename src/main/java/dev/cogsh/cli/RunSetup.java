package dev.cogsh.cli;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.sandbox.SeedUser;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code cogsh run} session is built from.
 *
 * @param environment variables, working folder and home (tests pass their own)
 * @param request {@code --config}, {@code --profile}, {@code --sandbox}
 * @param sandboxUsers users to seed in a sandbox besides the demo user ({@code
 *     --sandbox-user-totp})
 * @param classPath the class path snippets compile against (the host's)
 */
record RunSetup(
    Environment environment, ConfigRequest request, List<SeedUser> sandboxUsers, String classPath) {

  /** The variable with the Base32 TOTP secret a scripted sign-in answers its MFA challenge from. */
  static final String TOTP_SECRET_VARIABLE = "COGSH_TOTP_SECRET";

  RunSetup {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(request, "request");
    sandboxUsers = List.copyOf(sandboxUsers);
    Objects.requireNonNull(classPath, "classPath");
  }

  /** The sandbox's options: the demo user first (so it is the configured user), then the others. */
  SandboxOptions sandboxOptions() {
    SandboxOptions.Builder builder =
        SandboxOptions.builder().user(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
    sandboxUsers.forEach(builder::seed);
    return builder.build();
  }
}
