package dev.cogsh.cli;

import dev.cogsh.api.HttpTransport;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.ScriptedAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.config.ConfigLoader;
import dev.cogsh.config.ResolvedConfig;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SeedUser;
import dev.cogsh.shell.Connection;
import dev.cogsh.shell.ScriptSession;
import dev.cogsh.shell.ShellSetup;
import dev.cogsh.shell.UserDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@code cogsh run} replays: the configuration (or a fresh sandbox when there is none, or
 * with {@code --sandbox}), the answers sign-in gets without asking, and the HTTP client that counts
 * the run's requests.
 */
final class RunSession implements AutoCloseable {

  private final RunSetup setup;
  private final Sandbox sandbox;
  private final Config config;
  private final String description;
  private final ChallengeAnswers answers;
  private final List<String> secrets;
  private final HttpTransport http = new HttpTransport();

  private RunSession(
      RunSetup setup,
      Sandbox sandbox,
      Config config,
      String description,
      ChallengeAnswers answers,
      List<String> secrets) {
    this.setup = setup;
    this.sandbox = sandbox;
    this.config = config;
    this.description = description;
    this.answers = answers;
    this.secrets = List.copyOf(secrets);
  }

  /**
   * Resolves the configuration and starts the sandbox if it is needed.
   *
   * @throws dev.cogsh.config.ConfigException when the configuration is invalid
   * @throws IOException when the sandbox cannot start
   */
  static RunSession open(RunSetup setup) throws IOException {
    ResolvedConfig resolved = new ConfigLoader(setup.environment()).load(setup.request());
    List<String> secrets = new ArrayList<>();
    Sandbox sandbox = resolved.useSandbox() ? Sandbox.start(setup.sandboxOptions()) : null;
    Config config;
    if (sandbox != null) {
      config = sandboxConfig(resolved, sandbox);
      sandbox.options().seedUsers().forEach(u -> secrets.add(u.password()));
    } else {
      config = resolved.config().orElseThrow();
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
    return new RunSession(setup, sandbox, config, resolved.describe(), answers, secrets);
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

  /** The shell to replay in: no terminal, no input, output to {@code out} and {@code err}. */
  ShellSetup shellSetup(PrintStream out, PrintStream err) {
    String version = new Main.Version().getVersion()[0];
    return ShellSetup.builder()
        .in(InputStream.nullInputStream())
        .out(out)
        .err(err)
        .directories(
            UserDirectories.of(setup.environment().home(), setup.environment().variables()))
        .connection(new Connection(version, target(), config, sandbox != null, description))
        .sessionObjects(ScriptSession.sessionObjects(config, setup.environment(), answers, http))
        .classPath(setup.classPath())
        .build();
  }

  /** Where calls go: {@code a fresh sandbox at http://127.0.0.1:PORT} or the API's URL. */
  String target() {
    return sandbox != null
        ? "a fresh sandbox at " + sandbox.endpoint()
        : String.valueOf(config.apiUrl());
  }

  /** Values that must never be printed: passwords, the TOTP secret. */
  List<String> secrets() {
    return secrets;
  }

  /** The requests sent through {@code api} so far. */
  long requests() {
    return http.sent();
  }

  @Override
  public void close() {
    http.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
