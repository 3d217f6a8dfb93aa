package dev.cogsh.cli;

import dev.cogsh.config.Environment;
import dev.cogsh.diagnose.CaptureException;
import dev.cogsh.diagnose.CapturedRequest;
import dev.cogsh.diagnose.SignatureCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cogsh verify [FILE]}: checks the SigV4 signature of a request captured elsewhere — a curl
 * command ("Copy as cURL", bash; or {@code api.curl()}) or a raw HTTP/1.1 request.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check the SigV4 signature of a captured request: a curl command (\"Copy as cURL (bash)\","
          + " or cogsh's api.curl()) or a raw HTTP/1.1 request, from FILE or standard input.",
      "With the secret key (--secret-key or AWS_SECRET_ACCESS_KEY) it says whether the signature is"
          + " valid and, if not, the first signed part that differs; without it, it prints the"
          + " canonical request and string to sign the signature claims to cover.",
      "Exit status: 0 valid (or not checked), 1 invalid, 2 bad input."
    })
public final class VerifyCommand implements Callable<Integer> {

  private final Environment environment;
  private final InputStream stdin;
  private final Clock clock;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "the captured request; '-' or nothing for standard input")
  String file;

  @Option(
      names = "--secret-key",
      paramLabel = "KEY",
      description = "the secret access key (default: AWS_SECRET_ACCESS_KEY)")
  String secretKey;

  /** The real environment, standard input and clock. */
  public VerifyCommand() {
    this(null, System.in, Clock.systemUTC());
  }

  /** Everything injected (tests). */
  public VerifyCommand(Environment environment, InputStream stdin, Clock clock) {
    this.environment = environment;
    this.stdin = stdin;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Environment env = environment != null ? environment : Environment.system();
    try {
      byte[] input = read(env);
      CapturedRequest request = CapturedRequest.parse(input, env.cwd());
      String secret =
          secretKey != null ? secretKey : env.variable("AWS_SECRET_ACCESS_KEY").orElse(null);
      SignatureCheck.Result result =
          SignatureCheck.check(
              request, secret, env.variable("AWS_ACCESS_KEY_ID").orElse(null), clock.instant());
      out.print(result.text());
      out.flush();
      return switch (result.verdict()) {
        case VALID, UNCHECKED -> 0;
        case INVALID -> 1;
      };
    } catch (CaptureException e) {
      err.println("cogsh verify: " + e.getMessage());
      err.println("hint: " + e.hint());
      err.flush();
      return Main.USAGE;
    }
  }

  private byte[] read(Environment env) throws CaptureException {
    try {
      if (file == null || file.equals("-")) {
        return stdin.readAllBytes();
      }
      return Files.readAllBytes(env.cwd().resolve(file));
    } catch (IOException e) {
      throw new CaptureException(
          "cannot read " + (file == null ? "standard input" : file) + ": " + e.getMessage(),
          "give a file with the curl command or the raw request, or pipe it in");
    }
  }
}
