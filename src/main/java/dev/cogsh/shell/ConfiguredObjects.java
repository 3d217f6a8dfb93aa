package dev.cogsh.shell;

import dev.cogsh.api.Api;
import dev.cogsh.api.HttpTransport;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Prompter;
import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import dev.cogsh.creds.Creds;
import dev.cogsh.runtime.Session;
import java.time.Clock;
import java.util.List;

/**
 * The session objects for a configuration: the one place {@code auth}, {@code creds} and {@code
 * api} are built, at start-up ({@link #install}) and again for {@code /config use NAME} ({@link
 * #replace}).
 */
final class ConfiguredObjects implements SessionObjects {

  /** What one build made. */
  private record Built(Auth auth, Creds creds, Api api) {}

  private final Config config;
  private final Environment environment;
  private final HttpTransport transport = new HttpTransport();
  private Prompter prompter;
  private Built current;

  ConfiguredObjects(Config config, Environment environment) {
    this.config = config;
    this.environment = environment;
  }

  @Override
  public List<String> names() {
    return List.of("auth", "creds", "api");
  }

  @Override
  public void install(Prompter prompter) {
    Built built = build(config, prompter);
    synchronized (this) {
      this.prompter = prompter;
      current = built;
    }
    Session.install(built.auth(), built.creds(), built.api());
  }

  @Override
  public boolean replace(Config next) {
    Prompter asking;
    synchronized (this) {
      asking = prompter;
    }
    if (asking == null) {
      return false; // never installed: start-up could not build them
    }
    Built built = build(next, asking);
    Session.replace(built.auth(), built.creds(), built.api());
    synchronized (this) {
      current = built;
    }
    return true;
  }

  private Built build(Config config, Prompter prompter) {
    Auth auth = Auth.create(config, ChallengeAnswers.interactive(prompter));
    Creds creds = Creds.create(config, auth, environment, false);
    Api api = new Api(config, new CredsSigning(creds), transport, Clock.systemUTC());
    return new Built(auth, creds, api);
  }

  @Override
  public void close() {
    transport.close();
  }
}
