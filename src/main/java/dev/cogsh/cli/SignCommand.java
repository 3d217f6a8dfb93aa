package dev.cogsh.cli;

import dev.cogsh.config.Environment;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SigV4Signer;
import dev.cogsh.sigv4.SigningTrace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cogsh sign}: signs one request with SigV4 and prints every step (DESIGN §3.2); {@code
 * --json} prints one object, {@code --jsonl} signs one request per stdin line.
 *
 * <p>The {@link Environment} (variables, working folder, home), stdin and clock are injected; the
 * no-argument constructor (the one picocli uses from {@link Main}) takes the real ones, and reads
 * the environment only when credentials or a relative {@code @FILE} need it.
 */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Sign one request with AWS Signature Version 4 and print every step.",
      "Credentials: the flags, else AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /"
          + " AWS_SESSION_TOKEN, else the profile AWS_PROFILE (or default) in ~/.aws.",
      "Region and service: the flags, else from a *.execute-api.<region>.amazonaws.com host."
    },
    footer = {
      "",
      "--jsonl reads one JSON request per stdin line and writes one JSON result per line;",
      "flags given with --jsonl are defaults for every line. See docs/signing.md.",
      "",
      "Exit status: 0 signed; 2 bad input (with --jsonl: any line failed; the other lines",
      "are still signed)."
    })
public final class SignCommand implements Callable<Integer> {

  static final int BAD_INPUT = Main.USAGE;

  @Option(names = "--method", paramLabel = "M", description = "HTTP method, e.g. GET")
  String method;

  @Option(names = "--url", paramLabel = "URL", description = "absolute URL, percent-encoded")
  String url;

  @Option(
      names = "--header",
      paramLabel = "'N: v'",
      description = "a header to send and sign (repeatable)")
  List<String> headers = new ArrayList<>();

  @Option(names = "--data", paramLabel = "S|@FILE", description = "the body, or @FILE, or @-")
  String data;

  @Option(names = "--access-key", paramLabel = "A", description = "access key id")
  String accessKey;

  @Option(names = "--secret-key", paramLabel = "S", description = "secret access key")
  String secretKey;

  @Option(names = "--session-token", paramLabel = "T", description = "session token")
  String sessionToken;

  @Option(names = "--region", paramLabel = "R", description = "signing region")
  String region;

  @Option(names = "--service", paramLabel = "S", description = "signing service (execute-api)")
  String service;

  @Option(names = "--date", paramLabel = "20150830T123600Z", description = "sign as of (UTC)")
  String date;

  @Option(
      names = "--presign",
      paramLabel = "SECONDS",
      description = "a presigned URL valid this long, instead of a header")
  Long presign;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(names = "--jsonl", description = "one JSON request per stdin line")
  boolean jsonl;

  @Option(names = "--show-signing-key", description = "also print the derived signing key")
  boolean showSigningKey;

  @Spec CommandSpec spec;

  private final Environment environment;
  private final InputStream stdin;
  private final Clock clock;
  private final SigV4Signer signer = new SigV4Signer();
  private final SignJson shapes = new SignJson();

  /** The real world: the process environment (read only when needed), stdin, the system clock. */
  public SignCommand() {
    this(null, System.in, Clock.systemUTC());
  }

  /**
   * An injected world, for tests and embedding: variables, working folder and home, stdin, clock.
   */
  public SignCommand(Environment environment, InputStream stdin, Clock clock) {
    this.environment = environment;
    this.stdin = stdin;
    this.clock = clock;
  }

  /** The environment given, or the real one. */
  private Environment environment() {
    return environment != null ? environment : Environment.system();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (json && jsonl) {
        throw new SignException("--json and --jsonl together", "pick one");
      }
      SignInput flags = flags();
      if (jsonl) {
        return jsonLines(flags, out);
      }
      SigningTrace trace = sign(flags);
      out.print(
          json ? shapes.writePretty(shapes.result(trace)) + "\n" : trace.explain(showSigningKey));
      out.flush();
      return 0;
    } catch (SignException e) {
      err.println("cogsh sign: " + e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
  }

  private SigningTrace sign(SignInput input) throws SignException {
    SignJob job = SignJob.of(input, () -> new AwsCredentialSource(environment()).find(), clock);
    return signer.sign(job.request(), job.credentials(), job.options(), job.time());
  }

  /** Signs each stdin line; a bad line gets an error object and the run goes on. */
  private int jsonLines(SignInput defaults, PrintWriter out) throws SignException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    int number = 0;
    int failed = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.println(shapes.write(shapes.result(sign(shapes.input(line).orElse(defaults)))));
        } catch (SignException e) {
          failed++;
          out.println(shapes.write(shapes.error(number, e.getMessage())));
        }
        out.flush();
      }
    } catch (IOException e) {
      throw new SignException("cannot read stdin (" + e.getMessage() + ")", "pipe the requests in");
    }
    return failed == 0 ? 0 : BAD_INPUT;
  }

  private SignInput flags() throws SignException {
    List<Header> parsed = new ArrayList<>();
    for (String h : headers) {
      parsed.add(SignJob.header(h));
    }
    return new SignInput(
        method,
        url,
        headers.isEmpty() ? null : parsed,
        body(),
        accessKey,
        secretKey,
        sessionToken,
        region,
        service,
        date,
        presign);
  }

  /** {@code --data}: the text itself, or the bytes of {@code @FILE}, or stdin for {@code @-}. */
  private byte[] body() throws SignException {
    if (data == null) {
      return null;
    }
    if (!data.startsWith("@")) {
      return data.getBytes(StandardCharsets.UTF_8);
    }
    String file = data.substring(1);
    try {
      if (file.equals("-")) {
        if (jsonl) {
          throw new SignException("--data @- with --jsonl", "stdin holds the requests");
        }
        return stdin.readAllBytes();
      }
      Path path = Path.of(file);
      return Files.readAllBytes(path.isAbsolute() ? path : environment().cwd().resolve(path));
    } catch (IOException | RuntimeException e) {
      throw new SignException(
          "cannot read --data file '" + file + "' (" + e.getClass().getSimpleName() + ")",
          "check the path, or give the body inline: --data '{\"a\":1}'");
    }
  }
}
