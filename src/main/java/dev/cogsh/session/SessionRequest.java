package dev.cogsh.session;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.sandbox.SandboxOptions;
import java.util.Objects;

/**
 * What a session is built from.
 *
 * @param environment variables, working folder and home (tests pass their own)
 * @param config {@code --config}, {@code --profile}, {@code --sandbox}
 * @param sandbox how to start the built-in sandbox when nothing is configured
 * @param answers how sign-in gets passwords and codes
 * @param remember {@code --remember}: keep the signed-in session between runs (also {@code
 *     "remember": true} in the configuration file)
 */
public record SessionRequest(
    Environment environment,
    ConfigRequest config,
    SandboxOptions sandbox,
    Answers answers,
    boolean remember) {

  /** The variable with the Base32 TOTP secret a scripted sign-in answers MFA from. */
  public static final String TOTP_SECRET_VARIABLE = "COGSH_TOTP_SECRET";

  /** How sign-in gets what only the user knows. */
  public enum Answers {
    /** Asks at the prompt (the shell). */
    ASK,
    /**
     * Asks nobody ({@code cogsh run}): the password of a sandbox's seeded user is known, and {@code
     * COGSH_TOTP_SECRET} answers TOTP codes.
     */
    SCRIPTED
  }

  public SessionRequest {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(sandbox, "sandbox");
    Objects.requireNonNull(answers, "answers");
  }

  /** A request that does not ask to remember the session (the configuration file still may). */
  public SessionRequest(
      Environment environment, ConfigRequest config, SandboxOptions sandbox, Answers answers) {
    this(environment, config, sandbox, answers, false);
  }

  /** A copy with {@code --remember} as given. */
  public SessionRequest withRemember(boolean on) {
    return new SessionRequest(environment, config, sandbox, answers, on);
  }

  /** The shell's session: asks at the prompt, the default sandbox when nothing is configured. */
  public static SessionRequest asking(Environment environment, ConfigRequest config) {
    SandboxOptions.Builder sandbox = SandboxOptions.builder();
    environment.variable(SandboxOptions.HOOK_TOKEN_VARIABLE).ifPresent(sandbox::hookToken);
    return new SessionRequest(environment, config, sandbox.build(), Answers.ASK);
  }
}
