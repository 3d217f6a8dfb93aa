package dev.cogsh.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.config.Environment;
import dev.cogsh.creds.AwsCredentials;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cogsh creds export}: the signed-in identity's AWS credentials for other tools. */
@Command(
    name = "creds",
    mixinStandardHelpOptions = true,
    description = "Cognito credentials for other tools.",
    subcommands = {CredsCommand.Export.class})
public final class CredsCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("cogsh creds: say what to do: cogsh creds export [--format json|env]");
    return Main.USAGE;
  }

  /** The formats of {@code cogsh creds export}. */
  enum Format {
    json,
    env
  }

  /**
   * Prints the AWS CLI {@code credential_process} JSON, or {@code export AWS_…} lines. Never
   * prompts: takes up the remembered session (no Cognito call while its credentials are valid, else
   * refreshed), else signs in with {@code COGSH_USERNAME}/{@code COGSH_PASSWORD}, else fails.
   */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Print the Identity Pool credentials of the configured user for other tools:",
        "  credential_process = cogsh creds export --profile dev   (in ~/.aws/config)",
        "  eval \"$(cogsh creds export --format env)\"",
        "Never prompts: uses the remembered session (cogsh --remember), else signs in with"
            + " COGSH_USERNAME and COGSH_PASSWORD (COGSH_TOTP_SECRET for TOTP MFA), else fails"
            + " with one line on stderr."
      })
  public static final class Export implements Callable<Integer> {

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "json (credential_process, the default) or env (export lines).")
    Format format = Format.json;

    @Mixin ConfigChoice choice = new ConfigChoice();

    private final Environment environment;
    private final PrintStream out;
    private final PrintStream err;

    /** The real world: process environment, stdout and stderr. */
    public Export() {
      this(Environment.system(), System.out, System.err);
    }

    Export(Environment environment, PrintStream out, PrintStream err) {
      this.environment = environment;
      this.out = out;
      this.err = err;
    }

    @Override
    public Integer call() {
      return HeadlessCommand.run(
          environment,
          choice.config,
          choice.profile,
          "cogsh creds export",
          err,
          signedIn -> {
            AwsCredentials c = signedIn.credentials();
            out.print(format == Format.env ? env(c) : json(c));
            out.flush();
            return 0;
          });
    }

    /** The {@code credential_process} document (Version 1). */
    static String json(AwsCredentials c) {
      ObjectNode json = new ObjectMapper().createObjectNode();
      json.put("Version", 1);
      json.put("AccessKeyId", c.accessKeyId());
      json.put("SecretAccessKey", c.secretKey());
      if (c.sessionToken() != null) {
        json.put("SessionToken", c.sessionToken());
      }
      if (c.expiration() != null) {
        json.put("Expiration", c.expiration().toString());
      }
      return json + "\n";
    }

    /** {@code export} lines for a POSIX shell. */
    static String env(AwsCredentials c) {
      StringBuilder out = new StringBuilder();
      out.append("export AWS_ACCESS_KEY_ID=").append(c.accessKeyId()).append('\n');
      out.append("export AWS_SECRET_ACCESS_KEY=").append(quoted(c.secretKey())).append('\n');
      if (c.sessionToken() != null) {
        out.append("export AWS_SESSION_TOKEN=").append(quoted(c.sessionToken())).append('\n');
      }
      if (c.expiration() != null) {
        out.append("export AWS_CREDENTIAL_EXPIRATION=").append(c.expiration()).append('\n');
      }
      return out.toString();
    }

    private static String quoted(String value) {
      return "'" + value.replace("'", "'\\''") + "'";
    }
  }
}
