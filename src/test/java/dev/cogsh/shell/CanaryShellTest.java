package dev.cogsh.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import dev.cogsh.testing.Canaries;
import dev.cogsh.testing.CanaryScan;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canary suite in the shell, through a real terminal: secrets from the environment, a replayed
 * script's literals and secret {@code --param}s, printed values, snippets' own output, a failure
 * with its cause, {@code /trace}, {@code /history}, {@code /record}, {@code /save} and an API
 * response echoing the session token. Every byte on the screen (less what was typed: the terminal
 * echoes keys) and every file under the scratch home and working folder is scanned.
 */
class CanaryShellTest {

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

  @Test
  void everyShellPath_leavesNoCanary_onScreenOrOnDisk() throws IOException {
    Instant start = Instant.now().minusSeconds(1);
    Path script = inputs.resolve("s.jsh");
    Files.writeString(
        script,
        String.join(
                "\n",
                "var pw = \"" + C.password() + "\";",
                "var pass = param(\"PASSWORD\");",
                "pass",
                "var answers = dev.cogsh.auth.ChallengeAnswers.scripted().withTotpSecret(\""
                    + C.totpSecret()
                    + "\").withNewPassword(\""
                    + C.newPassword()
                    + "\");",
                "var bearer = java.util.Map.of(\"Authorization\", \"Bearer "
                    + C.accessToken()
                    + "\");",
                "bearer",
                "System.out.println(\"id \" + \"" + C.idToken() + "\");",
                "creds.use(\"AKIAIOSFODNN7EXAMPLE\", \"" + C.secretAccessKey() + "\", null);",
                "")
            + "\n");
    Environment environment =
        new Environment(
            Map.of(
                "AWS_SESSION_TOKEN", C.sessionToken(),
                "COGSH_TOTP_SECRET", C.totpSecret()),
            cwd,
            home);
    OpenSession session =
        SessionFactory.open(
            SessionRequest.asking(environment, ConfigRequest.none().withSandbox(true)));
    ShellSetup.Builder setup =
        ShellDriver.setup(home, session).directories(UserDirectories.of(environment));
    String replay = "/replay " + script + " --param PASSWORD=" + C.clientSecret() + "\n";
    String screen;
    try (ShellDriver shell = new ShellDriver(setup)) {
      shell.awaitPrompt();
      shell.type("/record rec.jsh\n");
      shell.awaitPrompt();
      shell.type(replay);
      shell.awaitPrompt();
      shell.type(
          "throw new IllegalStateException(\"outer \" + pass, new RuntimeException(\"cause \""
              + " + pw))\n");
      shell.awaitPrompt();
      shell.type("/trace\n");
      shell.awaitPrompt();
      shell.type("System.out.println(System.getenv(\"AWS_SESSION_TOKEN\"))\n");
      shell.awaitPrompt();
      shell.type("System.out.println(pass + \" \" + pw)\n");
      shell.awaitPrompt();
      shell.type("/history\n");
      shell.awaitPrompt();
      shell.type("/record stop\n");
      shell.awaitPrompt();
      shell.type("/save saved.jsh\n");
      shell.awaitPrompt();
      shell.type("/exit\n");
      shell.awaitExit();
      screen = shell.output();
    }
    assertThat(screen).contains("outer").contains("cause").contains("PASSWORD=****");
    assertThat(Files.exists(cwd.resolve("rec.jsh"))).isTrue();
    assertThat(Files.exists(cwd.resolve("saved.jsh"))).isTrue();
    CanaryScan scan = new CanaryScan(C);
    CanaryScan.Report report =
        scan.text("screen", screen.replace(replay.strip(), ""))
            .plus(scan.files(home, cwd))
            .plus(scan.filesWrittenSince(TEMP, start, inputs));
    assertThat(report.clean()).as(report + "\n" + screen).isTrue();
  }

  @Test
  void askedByName_showsTheValue_withANoteSayingWhy() {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type(
          "creds.use(\"AKIAIOSFODNN7EXAMPLE\", new StringBuilder(\""
              + new StringBuilder(C.secretAccessKey()).reverse()
              + "\").reverse().toString(), null)\n");
      shell.awaitPrompt();
      shell.type("creds.get().toString()\n");
      assertThat(shell.awaitPrompt()).doesNotContain(C.secretAccessKey());
      shell.type("creds.get().secretKey()\n");
      assertThat(shell.awaitPrompt())
          .contains("shown because asked by name (secretKey())")
          .contains(C.secretAccessKey());
    }
  }

  @Test
  void aPresignedUrl_isShownWhole_withANoteSayingWhy() {
    try (ShellDriver shell = new ShellDriver(ShellDriver.setup(home))) {
      shell.awaitPrompt();
      shell.type(
          "creds.use(\"AKIAIOSFODNN7EXAMPLE\", \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\", \""
              + C.sessionToken()
              + "\")\n");
      shell.awaitPrompt();
      shell.type("api.presign(\"GET\", \"/notes\", Duration.ofMinutes(5))\n");
      assertThat(shell.awaitPrompt())
          .contains("shown because asked by name (presign(…))")
          .contains("X-Amz-Security-Token=" + URLEncoder.encode(C.sessionToken(), UTF_8));
      // used inside another call, the URL is not what is shown: that output stays redacted
      shell.type("java.util.List.of(api.presign(\"GET\", \"/notes\", Duration.ofMinutes(5)))\n");
      assertThat(shell.awaitPrompt())
          .doesNotContain("asked by name")
          .doesNotContain(URLEncoder.encode(C.sessionToken(), UTF_8));
    }
  }
}
