package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.AuthException;
import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.Challenge;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.junit.jupiter.api.Test;
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
