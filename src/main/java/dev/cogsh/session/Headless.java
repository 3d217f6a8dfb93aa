package dev.cogsh.session;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.Tokens;
import dev.cogsh.config.Config;
import dev.cogsh.creds.AwsCredentials;
import dev.cogsh.creds.Creds;
import dev.cogsh.creds.CredsException;
import java.util.function.Supplier;

/**
 * A session for a command that owns no terminal ({@code cogsh creds export}, {@code cogsh token}),
 * never asking anybody: the remembered session first ({@code --remember}, {@code "remember": true};
 * its credentials with no Cognito call while valid, else refreshed with its refresh token), then a
 * sign-in with {@code COGSH_USERNAME}/{@code COGSH_PASSWORD}, else a one-line reason. Nothing is
 * installed in {@code runtime.Session}.
 */
public final class Headless {

  private final Auth auth;
  private final Creds creds;
  private final Config config;
  private final String command;
  private final boolean remembered;

  private Headless(Auth auth, Creds creds, Config config, String command, boolean remembered) {
    this.auth = auth;
    this.creds = creds;
    this.config = config;
    this.command = command;
    this.remembered = remembered;
  }

  /**
   * Takes up the remembered session of the configured pool, client and user if there is one, else
   * signs in as the configured user with the configured password (from the environment).
   *
   * @param command the command, for the messages ({@code cogsh creds export})
   * @throws SessionException with a one-line reason when that is impossible without asking
   */
  public static Headless signIn(OpenSession session, String command) throws SessionException {
    if (session.target().sandbox()) {
      throw new SessionException(
          "no configuration: "
              + command
              + " needs your pools (cogsh.json or COGSH_* variables); credentials of a sandbox"
              + " started by this process would die with it",
          "run it where cogsh.json is, or give --config FILE (cogsh sandbox --config-out FILE writes"
              + " one for a running sandbox)");
    }
    SessionObjects built = session.headlessObjects();
    Headless headless =
        new Headless(
            built.auth(),
            built.creds(),
            session.target().config(),
            command,
            built.auth().remembered());
    if (!headless.remembered) {
      headless.signInWithPassword("no saved session");
    }
    return headless;
  }

  /** Whether the session was taken up from the remembered one (no sign-in). */
  public boolean remembered() {
    return remembered;
  }

  /** Valid AWS credentials: remembered ones with no call, else from the identity pool. */
  public AwsCredentials credentials() throws SessionException {
    return orSignIn(creds::get);
  }

  /** Tokens whose ID and access tokens are valid for a minute at least (refreshed when needed). */
  public Tokens tokens() throws SessionException {
    return orSignIn(auth::validTokens);
  }

  /** The remembered session's refresh token may be dead: then sign in with the password, once. */
  private <T> T orSignIn(Supplier<T> step) throws SessionException {
    try {
      return step.get();
    } catch (AuthException e) {
      if (!remembered || e.reason() != AuthException.Reason.SESSION_EXPIRED) {
        throw e;
      }
    } catch (CredsException e) {
      if (!remembered || e.reason() != CredsException.Reason.TOKEN_EXPIRED) {
        throw e;
      }
    }
    signInWithPassword("the remembered session has expired");
    return step.get();
  }

  private void signInWithPassword(String why) throws SessionException {
    if (config.username() == null || config.password() == null) {
      throw new SessionException(
          why + " and no COGSH_USERNAME/COGSH_PASSWORD: " + command + " never prompts",
          "sign in once with cogsh --remember (or \"remember\": true), or set COGSH_USERNAME and"
              + " COGSH_PASSWORD in the environment of the program that runs it");
    }
    auth.login(config.username(), config.password());
  }
}
