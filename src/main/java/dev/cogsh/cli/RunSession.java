package dev.cogsh.cli;

import dev.cogsh.api.Api;
import dev.cogsh.api.ApiOptions;
import dev.cogsh.api.CredentialSource;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.ScriptedAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.config.ConfigLoader;
import dev.cogsh.config.ResolvedConfig;
import dev.cogsh.creds.AwsCredentials;
import dev.cogsh.creds.Creds;
import dev.cogsh.engine.Engine;
import dev.cogsh.engine.EngineOptions;
import dev.cogsh.engine.StartupFailure;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SeedUser;
import dev.cogsh.script.Scenario;
import dev.cogsh.sigv4.SigningCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The session a {@code cogsh run} replays its scripts in: the engine, the configuration (or a
 * fresh sandbox), and the session objects bound in snippets. JShell is built on the engine's
 * background thread while this thread starts the sandbox and builds the SDK clients.
 */
final class RunSession implements AutoCloseable {

  private final Engine engine;
  private final Sandbox sandbox;
  private final Config config;
  private final List<String> secrets;
  private final String target;
  private final List<StartupFailure> startupFailures;
  private final CountingHttpClient http;

  private RunSession(
      Engine engine,
      Sandbox sandbox,
      Config config,
      List<String> secrets,
      String target,
      List<StartupFailure> startupFailures,
      CountingHttpClient http) {
    this.engine = engine;
    this.http = http;
    this.sandbox = sandbox;
    this.config = config;
    this.secrets = List.copyOf(secrets);
    this.target = target;
    this.startupFailures = List.copyOf(startupFailures);
  }

  /**
   * Builds the session.
   *
   * @param out where snippets' own output goes (JShell's streams)
   * @throws dev.cogsh.config.ConfigException when the configuration is invalid
   * @throws IOException when the sandbox cannot start
   */
  static RunSession open(RunSetup setup, PrintStream out, PrintStream err) throws IOException {
    Engine engine =
        Engine.start(
            new EngineOptions(
                setup.classPath(),
                List.of(new EngineOptions.Script("cogsh run", Scenario.IMPORTS)),
                out,
                err));
    Sandbox sandbox = null;
    try {
      ResolvedConfig resolved = new ConfigLoader(setup.environment()).load(setup.request());
      List<String> secrets = new ArrayList<>();
      Config config;
      String target;
      if (resolved.useSandbox()) {
        sandbox = Sandbox.start(setup.sandboxOptions());
        config = sandboxConfig(resolved, sandbox);
        target = "a fresh sandbox at " + sandbox.endpoint();
        sandbox.options().seedUsers().forEach(u -> secrets.add(u.password()));
      } else {
        config = resolved.config().orElseThrow();
        target = String.valueOf(config.apiUrl());
      }
      if (config.password() != null) {
        secrets.add(config.password());
      }
      ScriptedAnswers answers = ChallengeAnswers.scripted();
      Optional<String> totp = setup.environment().variable(RunSetup.TOTP_SECRET_VARIABLE);
      if (totp.isPresent()) {
        answers = answers.withTotpSecret(totp.get().strip());
        secrets.add(totp.get().strip());
      }
      Auth auth = Auth.create(config, answers);
      Creds creds = Creds.create(config, auth, setup.environment(), false);
      CountingHttpClient http = new CountingHttpClient(httpClient());
      Api api = new Api(config, credentialSource(creds), http, Clock.systemUTC());
      List<StartupFailure> failures = new ArrayList<>(engine.awaitReady());
      bind(engine, auth, creds, api, failures);
      return new RunSession(engine, sandbox, config, secrets, target, failures, http);
    } catch (IOException | RuntimeException e) {
      engine.close();
      if (sandbox != null) {
        sandbox.close();
      }
      throw e;
    }
  }

  /**
   * The sandbox's configuration under what the user configured (a {@code COGSH_USERNAME}); the
   * password of a seeded user is known, so a plain {@code auth.login()} signs in.
   */
  private static Config sandboxConfig(ResolvedConfig resolved, Sandbox sandbox) {
    Config config = resolved.overlay(sandbox.config());
    if (config.password() != null) {
      return config;
    }
    return sandbox.options().seedUsers().stream()
        .filter(u -> u.name().equals(config.username()))
        .findFirst()
        .map(SeedUser::password)
        .map(config::withPassword)
        .orElse(config);
  }

  private static void bind(
      Engine engine, Auth auth, Creds creds, Api api, List<StartupFailure> failures) {
    // The session objects are bound through dev.cogsh.runtime.Session once it is on main.
  }

  /** The client {@link Api#create} would make: HTTP/1.1, no redirects, the default timeout. */
  private static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(ApiOptions.DEFAULT.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** {@code creds} as the api's credential source. */
  private static CredentialSource credentialSource(Creds creds) {
    return new CredentialSource() {
      @Override
      public SigningCredentials current() {
        AwsCredentials c = creds.get();
        return new SigningCredentials(c.accessKeyId(), c.secretKey(), c.sessionToken());
      }

      @Override
      public void invalidate() {
        creds.refresh();
      }

      @Override
      public String describe() {
        return creds.toString();
      }
    };
  }

  Engine engine() {
    return engine;
  }

  Config config() {
    return config;
  }

  /** Where calls go: {@code a fresh sandbox at http://127.0.0.1:PORT} or the API's URL. */
  String target() {
    return target;
  }

  /** Values that must never be printed: passwords, the TOTP secret. */
  List<String> secrets() {
    return secrets;
  }

  /** The requests sent through {@code api} so far. */
  long requests() {
    return http.sent();
  }

  /** Start-up snippets that failed (then no script runs). */
  List<StartupFailure> startupFailures() {
    return startupFailures;
  }

  @Override
  public void close() {
    engine.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
