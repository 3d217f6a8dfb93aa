package dev.cogsh.cli;

import dev.cogsh.auth.Tokens;
import dev.cogsh.config.Environment;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cogsh token [--id|--access]}: a fresh token, for {@code curl -H "Authorization: …"}. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Print a fresh token of the configured user (the ID token unless --access):",
      "  curl -H \"Authorization: $(cogsh token)\" https://…/cognito/notes",
      "  curl -H \"Authorization: Bearer $(cogsh token --access)\" https://…/jwt/notes",
      "Never prompts: uses the remembered session (cogsh --remember), else signs in with"
          + " COGSH_USERNAME and COGSH_PASSWORD, else fails."
    })
public final class TokenCommand implements Callable<Integer> {

  /** Which token. */
  static final class Which {
    @Option(names = "--id", description = "The ID token (the default).")
    boolean id;

    @Option(names = "--access", description = "The access token.")
    boolean access;
  }

  @ArgGroup(exclusive = true)
  Which which;

  @Mixin ConfigChoice choice = new ConfigChoice();

  private final Environment environment;
  private final PrintStream out;
  private final PrintStream err;

  /** The real world: process environment, stdout and stderr. */
  public TokenCommand() {
    this(Environment.system(), System.out, System.err);
  }

  TokenCommand(Environment environment, PrintStream out, PrintStream err) {
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    boolean access = which != null && which.access;
    return HeadlessCommand.run(
        environment,
        choice.config,
        choice.profile,
        "cogsh token",
        err,
        signedIn -> {
          Tokens tokens = signedIn.tokens();
          out.println(access ? tokens.accessToken().raw() : tokens.idToken().raw());
          out.flush();
          return 0;
        });
  }
}
