package dev.cogsh.session;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.Tokens;
import dev.cogsh.config.Config;
import dev.cogsh.creds.Creds;

/**
 * A session for a command that owns no terminal ({@code cogsh creds export}, {@code cogsh token}):
 * signed in with {@code COGSH_USERNAME}/{@code COGSH_PASSWORD} and never asking anybody. Nothing is
 * installed in {@code runtime.Session}.
 *
 * @param auth signed in
 * @param creds over that sign-in
 * @param tokens the tokens of the sign-in
 */
public record Headless(Auth auth, Creds creds, Tokens tokens) {

  /**
   * Signs in as the configured user with the configured password (from the environment).
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
    Config config = session.target().config();
    if (config.username() == null || config.password() == null) {
      throw new SessionException(
          "no saved session and no COGSH_USERNAME/COGSH_PASSWORD: " + command + " never prompts",
          "set COGSH_USERNAME and COGSH_PASSWORD in the environment of the program that runs it");
    }
    SessionObjects built =
        SessionFactory.objects(
            config,
            session.scriptedAnswers(),
            session.environment(),
            session.transport(),
            session.registry(),
            session.cognitoCallCount());
    Tokens tokens = built.auth().login(config.username(), config.password());
    return new Headless(built.auth(), built.creds(), tokens);
  }
}
