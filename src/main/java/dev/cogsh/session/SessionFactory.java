package dev.cogsh.session;

import dev.cogsh.api.Api;
import dev.cogsh.api.Transport;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.CognitoCallCount;
import dev.cogsh.config.Config;
import dev.cogsh.config.ConfigLoader;
import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.config.ResolvedConfig;
import dev.cogsh.creds.Creds;
import dev.cogsh.diagnose.Diagnosis;
import dev.cogsh.human.SecretSink;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.sandbox.SeedUser;
import java.io.IOException;
import java.time.Clock;

/**
 * The one composition root: the only place a session is built, for the shell, {@code cogsh run} and
 * {@code /config use} alike.
 *
 * <ol>
 *   <li>configuration: flags, then environment, then files ({@link ConfigLoader});
 *   <li>the built-in sandbox, started when nothing is configured, its configuration under what the
 *       user did configure;
 *   <li>{@code auth} (User Pool sign-in), {@code creds} (Identity Pool credentials) and {@code api}
 *       (calls signed with whatever {@code creds} holds, over the session's one HTTP transport):
 *       {@link #objects}.
 * </ol>
 */
public final class SessionFactory {

  private SessionFactory() {}

  /**
   * Resolves the configuration and starts the sandbox when there is none (or {@code --sandbox}).
   * The objects are built later, by {@link OpenSession#install}, off the caller's critical path.
   *
   * @throws dev.cogsh.config.ConfigException when the configuration is invalid
   * @throws IOException when the sandbox cannot start
   */
  public static OpenSession open(SessionRequest request) throws IOException {
    ResolvedConfig resolved = new ConfigLoader(request.environment()).load(request.config());
    // its key and verifiers are made once the objects are built (install), or at its first request
    Sandbox sandbox = resolved.useSandbox() ? Sandbox.startHeld(request.sandbox()) : null;
    try {
      return new OpenSession(request, resolved, sandbox, target(request, resolved, sandbox));
    } catch (RuntimeException e) {
      if (sandbox != null) {
        sandbox.close();
      }
      throw e;
    }
  }

  /**
   * A session on a configuration given as it is, not resolved from flags, environment and files
   * (embedding, tests): no sandbox, and {@code /config use} cannot switch it.
   */
  public static OpenSession given(
      Config config, Environment environment, SessionRequest.Answers answers) {
    SessionRequest request =
        new SessionRequest(
            environment, ConfigRequest.none(), SandboxOptions.builder().build(), answers);
    return new OpenSession(request, null, null, SessionTarget.configured(config));
  }

  /**
   * What {@code resolved} targets: its own API, or the sandbox's with what the user configured laid
   * over it (a {@code COGSH_USERNAME}). A scripted sign-in knows the seeded users' passwords.
   *
   * @param sandbox the session's sandbox; not {@code null} when {@code resolved} needs one
   */
  static SessionTarget target(SessionRequest request, ResolvedConfig resolved, Sandbox sandbox) {
    if (!resolved.useSandbox()) {
      return SessionTarget.configured(resolved.config().orElseThrow());
    }
    Config config = resolved.overlay(sandbox.config());
    if (request.answers() == SessionRequest.Answers.SCRIPTED && config.password() == null) {
      config = withSeededPassword(config, sandbox);
    }
    boolean demo = SandboxOptions.DEMO_USER.equals(config.username());
    String description =
        "sandbox at "
            + sandbox.endpoint()
            + " (user "
            + config.username()
            + (demo ? ", password " + SandboxOptions.DEMO_PASSWORD : "")
            + ")";
    return new SessionTarget(description, config, true);
  }

  private static Config withSeededPassword(Config config, Sandbox sandbox) {
    return sandbox.options().seedUsers().stream()
        .filter(u -> u.name().equals(config.username()))
        .findFirst()
        .map(SeedUser::password)
        .map(config::withPassword)
        .orElse(config);
  }

  /**
   * {@code auth}, {@code creds} and {@code api} for {@code config}: the one place they are built.
   *
   * @param transport the session's HTTP transport, shared by every api it builds
   * @param secrets where auth and creds report the tokens and keys they receive
   */
  static SessionObjects objects(
      Config config,
      ChallengeAnswers answers,
      Environment environment,
      Transport transport,
      SecretSink secrets) {
    return objects(config, answers, environment, transport, secrets, new CognitoCallCount());
  }

  /**
   * As above, with every Cognito call (User Pool and Identity Pool) counted in {@code cognitoCalls}
   * (the session's, for the {@code cogsh run} summary).
   */
  static SessionObjects objects(
      Config config,
      ChallengeAnswers answers,
      Environment environment,
      Transport transport,
      SecretSink secrets,
      CognitoCallCount cognitoCalls) {
    Auth auth =
        Auth.create(config, answers, environment.deviceFile(), cognitoCalls).secrets(secrets);
    Creds creds =
        Creds.create(config, auth, environment, false, cognitoCalls)
            .secrets(secrets)
            .callerIdentity(new StsCallerIdentity(config, transport));
    Api api =
        new Api(config, new CredsSigning(creds), transport, Clock.systemUTC())
            .tokens(new AuthTokens(auth))
            .diagnostician(
                Diagnosis.forPool(
                    config.userPoolId() == null || config.region() == null ? null : config.issuer(),
                    config.appClientId()));
    return new SessionObjects(auth, creds, api);
  }
}
