package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.api.Api;
import dev.cogsh.api.CredentialSource;
import dev.cogsh.api.Response;
import dev.cogsh.auth.Jwt;
import dev.cogsh.config.Environment;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.sigv4.SigningCredentials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cogsh creds export} and {@code cogsh token} against a sandbox: they sign in with
 * COGSH_PASSWORD, print only what another tool reads, and never prompt.
 */
class CredsExportTest {

  static Sandbox sandbox;
  @TempDir static Path dir;

  private static final Map<String, String> SIGNED_IN =
      Map.of("COGSH_PASSWORD", SandboxOptions.DEMO_PASSWORD);

  record Run(int status, String out, String err) {}

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.builder().build());
    SandboxCommand.writeConfig(sandbox.config(), sandbox.hookToken(), dir.resolve("cogsh.json"));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void export_printsTheCredentialProcessJson_whoseKeysTheApiAccepts() throws Exception {
    Run run = run(dir, SIGNED_IN, CredsCommand.Export::new, "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("Version").asInt()).isEqualTo(1);
    assertThat(json.path("AccessKeyId").asText()).startsWith("ASIA");
    assertThat(Instant.parse(json.path("Expiration").asText())).isAfter(Instant.now());
    SigningCredentials exported =
        new SigningCredentials(
            json.path("AccessKeyId").asText(),
            json.path("SecretAccessKey").asText(),
            json.path("SessionToken").asText());
    Response r = Api.create(sandbox.config(), CredentialSource.of(exported)).get("/notes");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  @Test
  void export_asEnv_printsExportLines() {
    Run run = run(dir, SIGNED_IN, CredsCommand.Export::new, "--format", "env");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^export AWS_ACCESS_KEY_ID=ASIA\\w+$")
        .containsPattern("(?m)^export AWS_SECRET_ACCESS_KEY='[^']+'$")
        .containsPattern("(?m)^export AWS_SESSION_TOKEN='[^']+'$")
        .containsPattern("(?m)^export AWS_CREDENTIAL_EXPIRATION=\\d{4}-.*Z$");
  }

  @Test
  void export_withoutAPassword_failsWithOneLine_andNeverPrompts() {
    Run run = run(dir, Map.of(), CredsCommand.Export::new);

    assertThat(run.status()).isEqualTo(Main.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "cogsh creds export: no saved session and no COGSH_USERNAME/COGSH_PASSWORD: cogsh"
                + " creds export never prompts (sign in once with cogsh --remember (or"
                + " \"remember\": true), or set COGSH_USERNAME and COGSH_PASSWORD in the"
                + " environment of the program that runs it)\n");
  }

  @Test
  void export_withoutConfiguration_refusesTheThrowAwaySandbox(@TempDir Path empty) {
    Run run = run(empty, SIGNED_IN, CredsCommand.Export::new);

    assertThat(run.status()).isEqualTo(Main.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("cogsh creds export: no configuration: ").hasLineCount(1);
  }

  @Test
  void export_withAWrongPassword_saysWhy_onOneLine() {
    Run run = run(dir, Map.of("COGSH_PASSWORD", "not-the-password"), CredsCommand.Export::new);

    assertThat(run.status()).isEqualTo(Main.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("cogsh creds export: ").hasLineCount(1);
    assertThat(run.err()).doesNotContain("not-the-password");
  }

  @Test
  void token_printsAFreshIdToken_orWithAccessTheAccessToken() {
    Run id = run(dir, SIGNED_IN, TokenCommand::new);
    Run access = run(dir, SIGNED_IN, TokenCommand::new, "--access");

    assertThat(id.status()).as(id.err()).isZero();
    assertThat(Jwt.decode(id.out().strip()).claim("token_use")).isEqualTo("id");
    assertThat(access.status()).as(access.err()).isZero();
    assertThat(Jwt.decode(access.out().strip()).claim("token_use")).isEqualTo("access");
    assertThat(run(dir, SIGNED_IN, TokenCommand::new, "--id", "--access").status())
        .isEqualTo(Main.USAGE);
  }

  /** Builds a command over an environment and streams. */
  interface Factory {
    Callable<Integer> make(Environment environment, PrintStream out, PrintStream err);
  }

  static Run run(Path cwd, Map<String, String> env, Factory factory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    Callable<Integer> command =
        factory.make(
            new Environment(env, cwd, cwd),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            errStream);
    CommandLine cli = Main.configure(new CommandLine(command));
    cli.setErr(new java.io.PrintWriter(errStream, true));
    int status = cli.execute(args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
