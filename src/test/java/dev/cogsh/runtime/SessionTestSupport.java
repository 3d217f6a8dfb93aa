package dev.cogsh.runtime;

import dev.cogsh.api.Api;
import dev.cogsh.api.CredentialSource;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.creds.Creds;
import dev.cogsh.diagnose.Diagnosis;
import dev.cogsh.sigv4.SigningCredentials;
import java.net.URI;

/** Lets tests outside this package start over with a fresh {@link Session}. */
public final class SessionTestSupport {
  private SessionTestSupport() {}

  /** Forgets the installed session objects. */
  public static void reset() {
    Session.reset();
  }

  /**
   * A configuration whose endpoints nothing listens on (port 9, discard): objects built from it
   * work until they make a call, which fails fast on loopback.
   */
  public static Config offlineConfig() {
    URI nowhere = URI.create("http://127.0.0.1:9");
    return new Config(
        "us-east-1",
        "us-east-1_offline",
        "offlineclient",
        null,
        "us-east-1:00000000-0000-0000-0000-000000000000",
        URI.create("http://127.0.0.1:9/prod"),
        "us-east-1",
        null,
        "tester@example.com",
        null,
        new Config.Endpoints(nowhere, nowhere),
        null,
        null,
        null);
  }

  /** Real {@code auth}, {@code creds} and {@code api} over {@link #offlineConfig()}, installed. */
  public static void installOffline() {
    Config config = offlineConfig();
    Auth auth = Auth.create(config, ChallengeAnswers.none());
    Creds creds = Creds.create(config, auth);
    Session.install(
        auth,
        creds,
        Api.create(config, CredentialSource.of(new SigningCredentials("AKIDEXAMPLE", "x", null)))
            .diagnostician(Diagnosis::of));
  }
}
