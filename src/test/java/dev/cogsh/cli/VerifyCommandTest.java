package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.api.Api;
import dev.cogsh.api.SandboxFixture;
import dev.cogsh.config.Environment;
import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.CredentialScope;
import dev.cogsh.sigv4.Placement;
import dev.cogsh.sigv4.SigV4Signer;
import dev.cogsh.sigv4.SignableRequest;
import dev.cogsh.sigv4.Signatures;
import dev.cogsh.sigv4.SigningKey;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.SigningTrace;
import dev.cogsh.sigv4.StringToSign;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code cogsh verify} on curl commands captured from real requests to the sandbox. */
class VerifyCommandTest {

  static SandboxFixture sandbox;
  static Api api;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    sandbox = new SandboxFixture();
    api = sandbox.api();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private int verify(String input, Map<String, String> env, String... args) {
    Environment environment = new Environment(env, dir, dir);
    CommandLine cli =
        new CommandLine(
            new VerifyCommand(
                environment,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                Clock.systemUTC()));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private int verify(String input, String... args) {
    return verify(input, Map.of("AWS_SECRET_ACCESS_KEY", sandbox.credentials.secretKey()), args);
  }

  /** A curl command of a request the sandbox accepted. */
  private static String captured() {
    assertThat(
            api.request("POST", "/echo/verify")
                .header("X-Trace", "abc")
                .json("{\"a\":1}")
                .send()
                .status())
        .isEqualTo(200);
    return api.curl().command();
  }

  @Test
  void validCapture_exitsZero() {
    int status = verify(captured());

    assertThat(status).as(out + "" + err).isZero();
    assertThat(out.toString()).startsWith("valid: the signature matches (key ASIA…");
    assertThat(out.toString()).doesNotContain(sandbox.credentials.sessionToken());
  }

  @Test
  void canarySecrets_givenToVerify_neverReachItsOutputOrFiles() throws java.io.IOException {
    dev.cogsh.testing.Canaries c = dev.cogsh.testing.Canaries.standard();
    verify(
        captured(),
        Map.of(
            "AWS_SECRET_ACCESS_KEY", c.secretAccessKey(), "AWS_SESSION_TOKEN", c.sessionToken()));
    int status = verify(captured(), Map.of(), "--secret-key", c.secretAccessKey());

    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).contains("the secret key is wrong");
    dev.cogsh.testing.CanaryScan scan = new dev.cogsh.testing.CanaryScan(c);
    dev.cogsh.testing.CanaryScan.Report report =
        scan.text("stdout", out.toString())
            .plus(scan.text("stderr", err.toString()))
            .plus(scan.files(dir));
    assertThat(report.clean()).as(report.toString()).isTrue();
  }

  @Test
  void tamperedHeader_exitsOne_andNamesIt() {
    int status = verify(captured().replace("X-Trace: abc", "X-Trace: abd"));

    assertThat(status).as(out + "" + err).isEqualTo(1);
    assertThat(out.toString())
        .contains("invalid: the signature does not match")
        .contains("first difference: header x-trace")
        .contains("Recomputed from the captured request:")
        .contains("  header            x-trace:abd")
        .doesNotContain(sandbox.credentials.sessionToken());
  }

  @Test
  void tamperedBody_exitsOne_andNamesThePayloadHash() {
    int status = verify(captured().replace("{\"a\":1}", "{\"a\":2}"));

    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).contains("first difference: payload hash");
  }

  @Test
  void wrongSecret_exitsOne_andSaysEverySignedPartMatches() {
    int status =
        verify(captured(), Map.of(), "--secret-key", "wrongSecretKeyEXAMPLE0000000000000000000");

    assertThat(status).isEqualTo(1);
    assertThat(out.toString())
        .contains("every line matches what cogsh signed")
        .contains("the secret key is wrong");
  }

  @Test
  void withoutASecret_printsWhatTheSignatureClaimsToCover() {
    int status = verify(captured(), Map.of());

    assertThat(status).isZero();
    assertThat(out.toString())
        .startsWith("no secret key given (--secret-key or AWS_SECRET_ACCESS_KEY)")
        .contains(
            "Canonical request\n  method            POST\n  canonical URI     /prod/echo/verify\n")
        .contains("String to sign\n  algorithm         AWS4-HMAC-SHA256\n")
        .contains("(not checked)");
  }

  @Test
  void browserStyleCapture_withACharsetAppended_isExplainedWithoutAFingerprint() {
    String command =
        captured()
            .lines()
            .filter(l -> !l.startsWith("#"))
            .map(
                l ->
                    l.replace(
                        "Content-Type: application/json",
                        "Content-Type: application/json; charset=UTF-8"))
            .reduce("", (a, b) -> a + b + "\n");

    int status = verify(command);

    assertThat(status).as(out.toString()).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "first difference: header content-type: '; charset=UTF-8' was appended to Content-Type after signing")
        .contains("≠ header content-type");
  }

  @Test
  void rawHttpCapture_fromAFile_isVerified() throws Exception {
    api.request("PUT", "/echo/raw").body("hello").send();
    var sent = api.last().request();
    StringBuilder raw = new StringBuilder();
    raw.append("PUT ").append(sent.frozen().target()).append(" HTTP/1.1\r\n");
    sent.headers()
        .forEach( // Host included: the signed headers list it
            h -> raw.append(h.name()).append(": ").append(h.value()).append("\r\n"));
    raw.append("Content-Length: 5\r\n\r\nhello");
    Files.writeString(dir.resolve("req.http"), raw);

    int status = verify("", "req.http");

    assertThat(status).as(out + "" + err).isZero();
  }

  /**
   * A raw request signed the way curl before 8.x signs: the canonical query is the query as typed,
   * not sorted.
   */
  private String curlSevenCapture(String secret) {
    String amzDate = dev.cogsh.sigv4.AmzDate.format(Instant.now());
    String host = "h.example";
    List<dev.cogsh.sigv4.Header> headers =
        List.of(
            new dev.cogsh.sigv4.Header("Host", host),
            new dev.cogsh.sigv4.Header("X-Amz-Date", amzDate));
    CanonicalRequest sorted =
        CanonicalRequest.of(
            "GET",
            "/prod/notes",
            "b=2&a=1",
            headers,
            List.of("host", "x-amz-date"),
            Signatures.sha256Hex(new byte[0]),
            SigningOptions.of("us-east-1", "execute-api"));
    assertThat(sorted.canonicalQuery()).isEqualTo("a=1&b=2");
    CanonicalRequest asTyped =
        new CanonicalRequest(
            sorted.method(),
            sorted.canonicalUri(),
            "b=2&a=1",
            sorted.canonicalHeaders(),
            sorted.signedHeaders(),
            sorted.payloadHash());
    CredentialScope scope =
        new CredentialScope(amzDate.substring(0, 8), "us-east-1", "execute-api");
    String signature =
        Signatures.hmacHex(
            SigningKey.derive(secret, scope.date(), scope.region(), scope.service()),
            StringToSign.of(amzDate, scope, asTyped.text()));
    return "GET /prod/notes?b=2&a=1 HTTP/1.1\r\nHost: "
        + host
        + "\r\nX-Amz-Date: "
        + amzDate
        + "\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"
        + scope.date()
        + "/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature="
        + signature
        + "\r\n\r\n";
  }

  @Test
  void anUnsortedQuery_asCurlBefore8Signs_isNamed() throws Exception {
    String secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    Files.writeString(dir.resolve("req.http"), curlSevenCapture(secret));

    int status = verify("", Map.of(), "--secret-key", secret, "req.http");

    assertThat(status).as(out + "" + err).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "first difference: canonical query: the signer kept the query in the order typed"
                + " (curl --aws-sigv4 before 8.x does); SigV4 sorts it by name");
  }

  /**
   * Requests captured from curl 7.88.1 ({@code curl --aws-sigv4 "aws:amz:us-east-1:execute-api"
   * --user AKIDEXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY [--path-as-is] URL}, sent to a
   * listener that wrote the bytes received): curl signs the path as sent, encoded once with its dot
   * segments, and the query in the order typed. Each row: the request line, X-Amz-Date, signature,
   * and the first difference cogsh names.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          GET /prod/notes?b=2&a=1 | 20261207T121629Z | a758d286528b6e6acf0a9a1a2cd63af16fd01728728f188e7ed89feabbeaad92 | canonical query: the signer kept the query in the order typed (curl --aws-sigv4 before 8.x does); SigV4 sorts it by name (the signature
          GET /prod/./notes/../notes | 20261207T121747Z | 8181817af13cad4fb0fe91247485ae718ad7dd21365cf999f9d995982b0651a5 | canonical URI: the signer kept the path's './', '../' or '//' segments (curl --aws-sigv4 does); SigV4 removes them (the signature
          GET /prod/notes/a%20b?b=2&a=1 | 20261207T121741Z | be948c3498bcae784a98aea5469eb1288884749808d458f80f8fab56a54e4df8 | canonical URI: the signer encoded the path once (S3-style, as curl --aws-sigv4 does); API Gateway encodes it twice; and the signer kept the query in the order typed
          GET /prod/./notes?b=2&a=1 | 20261207T121753Z | 2976386f265ca813f7564eb3f81d64991eb0a38e02695fc9ab68c81a3ebd37d6 | canonical URI: the signer kept the path's './', '../' or '//' segments (curl --aws-sigv4 does); SigV4 removes them; and the signer kept the query in the order typed
          """)
  void aCaptureOfCurl7_isNamed_withEachOfCurlsHabits(
      String requestLine, String amzDate, String signature, String named) throws Exception {
    String secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    // From curl 7.88.1 (Debian 12), the User-Agent and Accept headers left out (they are unsigned)
    Files.writeString(
        dir.resolve("req.http"),
        requestLine
            + " HTTP/1.1\r\nHost: 127.0.0.1:18777\r\nAuthorization: AWS4-HMAC-SHA256"
            + " Credential=AKIDEXAMPLE/20261207/us-east-1/execute-api/aws4_request,"
            + " SignedHeaders=host;x-amz-date, Signature="
            + signature
            + "\r\nX-Amz-Date: "
            + amzDate
            + "\r\n\r\n");

    int status = verify("", Map.of(), "--secret-key", secret, "req.http");

    assertThat(status).as(out + "" + err).isEqualTo(1);
    assertThat(out.toString()).as(out.toString()).contains("first difference: " + named);
  }

  @Test
  void binaryBodyExport_roundTrips() {
    api.put("/echo/bin", new byte[] {0, 1, 2, (byte) 0xff});

    assertThat(verify(api.curl().command())).as(out + "" + err).isZero();
  }

  @Test
  void expiredCapture_isStillCheckedCryptographically_withANote() {
    Map<String, String> env =
        new HashMap<>(Map.of("AWS_SECRET_ACCESS_KEY", sandbox.credentials.secretKey()));
    String command = captured();
    CommandLine cli =
        new CommandLine(
            new VerifyCommand(
                new Environment(env, dir, dir),
                new ByteArrayInputStream(command.getBytes(StandardCharsets.UTF_8)),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20))));
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute()).isZero();
    assertThat(out.toString()).contains("API Gateway would now answer 'Signature expired'");
  }

  @Test
  void badInput_exitsTwo() {
    assertThat(verify("")).isEqualTo(2);
    assertThat(err.toString()).contains("nothing to verify");
    assertThat(verify("curl http://127.0.0.1/x")).isEqualTo(2);
    assertThat(err.toString()).contains("no SigV4 signature");
    assertThat(verify("hello world")).isEqualTo(2);
  }

  @Test
  void bearerTokenInsteadOfSigV4_isInvalid_inApiGatewaysWords() {
    assertThat(verify("curl http://h/x -H 'Authorization: Bearer eyJhbGciOi'")).isEqualTo(1);
    assertThat(out.toString())
        .contains("API Gateway would answer IncompleteSignatureException")
        .contains("not a valid key=value pair");
  }

  @Test
  void presignedUrl_isVerified_fromItsQueryParameters() {
    SigningTrace t =
        new SigV4Signer()
            .sign(
                SignableRequest.of(
                    "GET", URI.create(sandbox.config.apiUrl() + "/echo/presigned?a=1")),
                sandbox.credentials,
                SigningOptions.of("us-east-1", "execute-api")
                    .withPlacement(Placement.QUERY, Duration.ofMinutes(5)),
                Instant.now());

    assertThat(verify("curl '" + t.url() + "'")).as(out + "" + err).isZero();
    assertThat(verify("curl '" + t.url().toString().replace("a=1", "a=2") + "'")).isEqualTo(1);
  }

  @Test
  void verify_isACogshSubcommand() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("verify");
  }
}
