package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.Challenge;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cogsh sandbox}'s sign-in flags from the real command line: a child process started with
 * {@code --custom-challenge}, {@code --id-token-ttl}, {@code --access-token-ttl} and a {@code
 * RESET_REQUIRED} seed, signed in to through the real SDK client; bad values are refused before
 * anything starts.
 */
class SandboxSignInFlagsTest {

  @Test
  void flags_reachTheSandbox() throws Exception {
    try (SandboxProcess process =
            SandboxProcess.start(
                "--custom-challenge",
                "Capital of France?=Paris",
                "--id-token-ttl",
                "5m",
                "--access-token-ttl",
                "2m",
                "--user",
                "demo@example.com:Passw0rd!",
                "--user",
                "reset@example.com:Passw0rd!:RESET_REQUIRED");
        SandboxClients clients = SandboxClients.remote(process.endpoint, Clock.systemUTC())) {
      Auth custom =
          Auth.create(
              clients.config,
              ChallengeAnswers.scripted().withAnswer(Challenge.CUSTOM_CHALLENGE, "Paris"));
      var tokens = custom.loginCustom("demo@example.com");
      var claims = tokens.idToken().claims();
      assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
      var access = tokens.accessToken().claims();
      assertThat(access.path("exp").asLong() - access.path("iat").asLong()).isEqualTo(120);

      Auth reset = Auth.create(clients.config, ChallengeAnswers.none());
      assertThatThrownBy(() -> reset.login("reset@example.com", "Passw0rd!"))
          .isInstanceOfSatisfying(
              AuthException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.PASSWORD_RESET_REQUIRED));
    }
  }

  @TempDir Path dir;

  /**
   * The "done when" of issue 14 from the real command line: {@code --devices always} and a TOTP
   * user; the first sign-in answers TOTP and remembers the device, the second (a new {@link Auth}
   * sharing only the device file) is asked no MFA code and the sandbox counts a {@code
   * DEVICE_SRP_AUTH} answer; a {@code FORCE_CHANGE_PASSWORD} seed meets NEW_PASSWORD_REQUIRED.
   */
  @Test
  void devicesAlways_andAForcedPasswordSeed_fromTheCommandLine() throws Exception {
    Path config = dir.resolve("cogsh.json");
    Path devices = dir.resolve("devices.json");
    try (SandboxProcess process =
            SandboxProcess.start(
                "--devices",
                "always",
                "--user-totp",
                "mfa@example.com:Mfa-Passw0rd1:JBSWY3DPEHPK3PXP",
                "--user",
                "fresh@example.com:Temp0rary!:FORCE_CHANGE_PASSWORD",
                "--config-out",
                config.toString());
        SandboxClients clients = SandboxClients.remote(process.endpoint, Clock.systemUTC())) {
      Auth first =
          Auth.create(
              clients.config,
              ChallengeAnswers.scripted().withTotpSecret("JBSWY3DPEHPK3PXP"),
              devices);
      first.login("mfa@example.com", "Mfa-Passw0rd1");
      assertThat(first.devices())
          .singleElement()
          .satisfies(d -> assertThat(d.remembered()).isTrue());

      Auth second = Auth.create(clients.config, ChallengeAnswers.none(), devices);
      second.login("mfa@example.com", "Mfa-Passw0rd1");
      second.refresh();

      JsonNode stats = stats(process.endpoint, config);
      assertThat(stats.path("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA").asLong()).isEqualTo(1);
      assertThat(stats.path("RespondToAuthChallenge.DEVICE_SRP_AUTH").asLong()).isEqualTo(1);
      assertThatThrownBy(
              () ->
                  Auth.create(clients.config, ChallengeAnswers.none())
                      .login("fresh@example.com", "Temp0rary!"))
          .hasMessageContaining("NEW_PASSWORD_REQUIRED");
    }
  }

  private static JsonNode stats(URI endpoint, Path config) throws Exception {
    ObjectMapper json = new ObjectMapper();
    String token =
        json.readTree(Files.readString(config)).path("sandboxHooks").path("token").asText();
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(endpoint + "/_sandbox/stats"))
                    .header("x-cogsh-sandbox-token", token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return json.readTree(r.body());
  }

  @Test
  void help_listsTheSignInFlags() {
    StringWriter help = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(help, true));
    cli.execute("sandbox", "--help");

    assertThat(help.toString())
        .contains("--custom-challenge=QUESTION=ANSWER")
        .contains("--id-token-ttl=DURATION")
        .contains("--access-token-ttl=DURATION")
        .contains("--refresh-token-ttl=DURATION")
        .contains(":RESET_REQUIRED");
  }

  @Test
  void badValues_areRefusedWithTheForm() {
    StringWriter errors = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(errors, true));

    assertThat(cli.execute("sandbox", "--custom-challenge", "no answer")).isEqualTo(Main.USAGE);
    assertThat(cli.execute("sandbox", "--refresh-token-ttl", "soon")).isEqualTo(Main.USAGE);
    assertThat(errors.toString())
        .contains("--custom-challenge is QUESTION=ANSWER")
        .contains("--refresh-token-ttl takes a positive duration");
  }
}
