package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.testing.Canaries;
import dev.cogsh.testing.CanaryScan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The canary suite for {@code cogsh run}: every secret kind given as a literal, a parameter and an
 * environment variable, printed, echoed, thrown and sent, with a scratch home and working folder;
 * then every byte of stdout, stderr and every file under both is scanned: no canary anywhere.
 */
class CanaryRunTest {

  private static final Canaries C = Canaries.standard();

  /**
   * The JVM's temp folder: what a run leaves there is scanned too (files written since it began).
   */
  private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

  @TempDir Path home;
  @TempDir Path cwd;
  @TempDir Path inputs;

  @BeforeEach
  void reset() {
    SessionTestSupport.reset();
  }

  record Run(int status, String out, String err) {}

  private Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RunCommand command =
        new RunCommand(
            new Environment(env, cwd, home),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            null);
    CommandLine cli = Main.configure(new CommandLine(command));
    cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
    int status = cli.execute(args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private String script(String name, String... lines) throws IOException {
    Path file = inputs.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file.toString();
  }

  @Test
  void doneWhen_aLoginLiteral_isEchoedMasked() throws IOException {
    String f = script("f.jsh", "auth.login(\"bob\", \"S3cure-Pass!\");");

    Run run = run(Map.of(), f, "--sandbox");

    assertThat(run.out()).contains("auth.login(\"bob\", \"****\")");
    assertThat(run.out() + run.err()).doesNotContain("S3cure-Pass!");
  }

  @Test
  void everyPathOfARun_leavesNoCanary_onScreenOrOnDisk() throws IOException {
    Instant start = Instant.now().minusSeconds(1);
    String s =
        script(
            "secrets.jsh",
            "var pw = \"" + C.password() + "\";",
            "pw;",
            "System.out.println(\"the password is \" + pw);",
            "var answers = dev.cogsh.auth.ChallengeAnswers.scripted().withTotpSecret(\""
                + C.totpSecret()
                + "\").withNewPassword(\""
                + C.newPassword()
                + "\");",
            "var headers = java.util.Map.of(\"Authorization\", \"Bearer "
                + C.accessToken()
                + "\");",
            "headers;",
            "var id = \"" + C.idToken() + "\";",
            "System.out.println(id);",
            "creds.use(\"AKIAIOSFODNN7EXAMPLE\", \"" + C.secretAccessKey() + "\", null);",
            "creds.get().secretKey().length();",
            "System.out.println(param(\"CLIENT_SECRET\"));",
            "System.err.println(System.getenv(\"COGSH_TOTP_SECRET\"));",
            "throw new IllegalStateException(\"outer \" + param(\"REFRESH_TOKEN\"),"
                + " new RuntimeException(\"server said \" + param(\"CLIENT_SECRET\")));",
            "/trace",
            "creds.useIdentityPool();",
            "auth.login();",
            "api.get(\"/echo/x\");");

    Run run =
        run(
            Map.of(
                "COGSH_TOTP_SECRET", C.totpSecret(),
                "AWS_SECRET_ACCESS_KEY", C.secretAccessKey(),
                "AWS_SESSION_TOKEN", C.sessionToken()),
            s,
            "--sandbox",
            "--keep-going",
            "--param",
            "CLIENT_SECRET=" + C.clientSecret(),
            "--param",
            "REFRESH_TOKEN=" + C.refreshToken());

    // the run did run every path: the failure, the trace, the signed-in echo
    assertThat(run.err()).contains("outer").contains("server said");
    assertThat(run.out()).contains("x-amz-security-token").contains("the password is ****");
    assertThat(run.out()).doesNotContainPattern("IQoJ[A-Za-z0-9+/=]{40,}");
    CanaryScan scan = new CanaryScan(C);
    CanaryScan.Report report = scan.text("stdout", run.out()).plus(scan.text("stderr", run.err()));
    report = report.plus(scan.files(home, cwd)).plus(scan.filesWrittenSince(TEMP, start, inputs));
    assertThat(report.clean()).as(report + "\n" + run).isTrue();
  }

  @Test
  void aSignInRefusal_whoseServerEchoesTheSecrets_printsNoCanary() throws IOException {
    // A server that repeats the password and a refresh token in its error message, as some do.
    com.sun.net.httpserver.HttpServer stub =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    stub.createContext(
        "/",
        exchange -> {
          byte[] body =
              ("{\"__type\":\"NotAuthorizedException\",\"message\":\"Incorrect password "
                      + C.password()
                      + " (Invalid Refresh Token: "
                      + C.refreshToken()
                      + ")\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("x-amzn-ErrorType", "NotAuthorizedException");
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
          exchange.sendResponseHeaders(400, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    stub.start();
    try {
      String endpoint = "http://127.0.0.1:" + stub.getAddress().getPort();
      Path config = cwd.resolve("cogsh.json");
      Files.writeString(
          config,
          "{\"region\":\"us-east-1\",\"userPoolId\":\"us-east-1_AbC123xyz\","
              + "\"appClientId\":\"4abcdefghijklmnopqrstu1234\","
              + "\"apiUrl\":\"http://127.0.0.1:9/prod\","
              + "\"endpoints\":{\"cognitoIdp\":\""
              + endpoint
              + "\"}}");
      String s =
          script(
              "refused.jsh",
              "auth.login(\"bob\", \"" + C.password() + "\");",
              "/trace",
              "auth.login(\"bob\", param(\"PASSWORD\"));");

      Run run =
          run(
              Map.of(),
              s,
              "--config",
              config.toString(),
              "--keep-going",
              "--param",
              "PASSWORD=" + C.password());

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out() + run.err()).contains("Incorrect password");
      CanaryScan scan = new CanaryScan(C);
      CanaryScan.Report report =
          scan.text("stdout", run.out()).plus(scan.text("stderr", run.err()));
      report = report.plus(scan.files(home, cwd));
      assertThat(report.clean()).as(report + "\n" + run).isTrue();
    } finally {
      stub.stop(0);
    }
  }

  @Test
  void theScan_findsAPlantedCanary_inTheSameFolders() throws IOException {
    Files.writeString(cwd.resolve("planted.txt"), "x" + C.sessionToken() + "x");
    List<String> found = new ArrayList<>();
    new CanaryScan(C).files(home, cwd).findings().forEach(f -> found.add(f.canary()));
    assertThat(found).isNotEmpty();
  }
}
