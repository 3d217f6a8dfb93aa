package dev.cogsh.shell;

import dev.cogsh.api.Api;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.Prompter;
import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import dev.cogsh.creds.Creds;
import dev.cogsh.runtime.Session;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the session objects ({@code auth}, {@code creds}, {@code api}) and installs them in {@link
 * Session}. {@link #install} runs on the engine's background thread, so that building the SDK
 * clients never delays the first prompt.
 */
public interface SessionObjects {

  /** The names {@code startup.jsh} binds them as, for the banner and the highlighter. */
  List<String> names();

  /** Builds the objects and installs them; {@code prompter} asks for passwords and codes. */
  void install(Prompter prompter);

  /** Releases what the objects hold when the shell ends (an HTTP client's threads). */
  default void close() {}

  /**
   * The objects for {@code config}: sign-in that asks at the prompt, Identity Pool credentials, and
   * calls signed with whatever {@code creds} holds.
   */
  static SessionObjects of(Config config, Environment environment) {
    return new SessionObjects() {
      private final AtomicReference<LazyHttpClient> http = new AtomicReference<>();

      @Override
      public List<String> names() {
        return List.of("auth", "creds", "api");
      }

      @Override
      public void install(Prompter prompter) {
        Auth auth = Auth.create(config, ChallengeAnswers.interactive(prompter));
        Creds creds = Creds.create(config, auth, environment, false);
        AtomicReference<Api> api = new AtomicReference<>();
        http.set(new LazyHttpClient(() -> api.get().options()));
        api.set(new Api(config, new CredsSigning(creds), http.get(), Clock.systemUTC()));
        Session.install(auth, creds, api.get());
      }

      @Override
      public void close() {
        LazyHttpClient client = http.get();
        if (client != null) {
          client.shutDown();
        }
      }
    };
  }
}
