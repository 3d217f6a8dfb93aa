package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogsh run}: exit statuses, parameters, reports, masking. */
class RunCommandTest {

  @TempDir Path dir;
  private RunHarness harness;

  @BeforeEach
  void harness() {
    SessionTestSupport.reset();
    harness = new RunHarness(dir);
  }

  @Test
  void run_ofAScriptThatSucceeds_exitsZero_withASummaryLine() {
    String file =
        harness.script(
            "ok.jsh",
            "int twice(int x) {\n  return 2 * x;\n}\nint four = twice(2);\ncheck(four == 4, \"twice\");\n");

    RunHarness.Run run = harness.run(file, "--sandbox");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("ok.jsh:4> int four = twice(2);")
        .contains("four ==> 4")
        .containsPattern(
            "\n3 snippets, 0 Cognito calls, 0 API requests, 0 failed, (\\d+ ms|\\d\\.\\ds|\\d+s)\n$");
    assertThat(run.err()).contains("cogsh: running against a fresh sandbox at http://127.0.0.1:");
  }

  @Test
  void run_ofAFailedCheck_exitsOne_pointingAtItsLine() {
    String file =
        harness.script(
            "bad.jsh", "int notes = 0;\ncheck(notes == 1, \"one note\", notes);\nint after = 1;\n");

    RunHarness.Run run = harness.run(file, "--sandbox");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "bad.jsh:2: check failed: one note (values: 0)\n  | check(notes == 1, \"one note\", notes);");
    assertThat(run.out()).doesNotContain("bad.jsh:3>").containsPattern("2 snippets, .*1 failed");
  }

  @Test
  void run_withKeepGoing_reportsEveryFailure_andStillExitsOne() {
    String file =
        harness.script("two.jsh", "check(false, \"first\");\ncheck(false, \"second\");\n");

    RunHarness.Run run = harness.run(file, "--sandbox", "--keep-going");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("two.jsh:1: check failed: first")
        .contains("two.jsh:2: check failed: second");
    assertThat(run.out()).containsPattern("2 snippets, .*2 failed");
  }

  @Test
  void run_ofACompileErrorInTheSecondFile_namesThatFile() {
    String first = harness.script("a.jsh", "int a = 1;\n");
    String second = harness.script("dir/b.jsh", "int b = a +\n    nothing;\n");

    RunHarness.Run run = harness.run(first, second, "--sandbox");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("dir/b.jsh:2: does not compile: cannot find symbol (variable nothing)");
  }

  @Test
  void run_givesParamsToTheScript_andMasksSecretOnesInTheOutput() {
    String file =
        harness.script(
            "p.jsh",
            "System.out.println(\"user \" + param(\"USER\") + \" pw \" + param(\"PASSWORD\"));\n"
                + "String stage = param(\"STAGE\", \"prod\");\n");

    RunHarness.Run run =
        harness.run(file, "--sandbox", "--param", "USER=ada", "--param", "PASSWORD=s3cret-pw");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("stage ==> \"prod\"")
        .contains("user ada pw ****")
        .doesNotContain("s3cret-pw");
  }

  @Test
  void run_ofAMissingParam_exitsOne_namingTheParamToPass() {
    String file = harness.script("m.jsh", "String pw = param(\"PASSWORD\");\n");

    RunHarness.Run run = harness.run(file, "--sandbox");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("m.jsh:1: the script needs the parameter PASSWORD, and it was not given");
  }

  @Test
  void run_ofAMissingFile_exitsTwo() {
    RunHarness.Run run = harness.run("nowhere.jsh", "--sandbox");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("cogsh run: no such script: nowhere.jsh");
  }

  @Test
  void run_withABadParam_exitsTwo_withoutShowingTheValue() {
    String file = harness.script("x.jsh", "1;\n");

    RunHarness.Run run = harness.run(file, "--param", "=hunter2", "--sandbox");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--param takes NAME=VALUE").doesNotContain("hunter2");
  }

  @Test
  void run_withoutAFile_exitsTwo() {
    assertThat(harness.run("--sandbox").status()).isEqualTo(2);
  }

  @Test
  void run_withATotpUserButNoSandbox_exitsTwo() {
    String file = harness.script("x.jsh", "1;\n");

    RunHarness.Run run =
        harness.run(file, "--sandbox-user-totp", "mfa@example.com:Passw0rd!:JBSWY3DPEHPK3PXP");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--sandbox-user-totp is for --sandbox runs");
  }

  @Test
  void run_withABrokenConfigFile_exitsTwo() {
    harness.script("cogsh.json", "{ \"userPoolId\": \"not-a-pool\" }");
    String file = harness.script("x.jsh", "1;\n");

    RunHarness.Run run = harness.run(Map.of(), file);

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("userPoolId");
  }

  @Test
  void run_onAConfigurationWithoutApiUrl_saysSo_notNull() {
    harness.script(
        "cogsh.json",
        "{ \"region\": \"us-east-1\", \"userPoolId\": \"us-east-1_AbCdEf123\","
            + " \"appClientId\": \"1example23456789\" }");
    String file = harness.script("x.jsh", "1 + 1;\n");

    RunHarness.Run run = harness.run(Map.of(), file);

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains("running against the configured user pool, with no apiUrl")
        .doesNotContain("null");
  }

  @Test
  void run_withCredentialsFromTheEnvironment_signsIn_andNeverPrintsThePassword() {
    String file =
        harness.script(
            "ci.jsh", "auth.login();\nSystem.out.println(\"the password is Passw0rd!\");\n");

    RunHarness.Run run =
        harness.run(
            Map.of("COGSH_USERNAME", "demo@example.com", "COGSH_PASSWORD", "Passw0rd!"), file);

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Tokens[user=demo@example.com").contains("the password is ****");
    assertThat(run.out() + run.err()).doesNotContain("Passw0rd!");
  }

  @Test
  void run_withATotpSecretInTheEnvironment_answersTheMfaChallenge() {
    String file =
        harness.script(
            "mfa.jsh",
            "auth.login(\"mfa@example.com\", param(\"MFA_PASSWORD\"));\n"
                + "checkEquals(\"mfa@example.com\", auth.idToken().claim(\"email\"), \"user\");\n");

    RunHarness.Run run =
        harness.run(
            Map.of("COGSH_TOTP_SECRET", "JBSWY3DPEHPK3PXP"),
            file,
            "--sandbox",
            "--sandbox-user-totp",
            "mfa@example.com:Mfa-Passw0rd1:JBSWY3DPEHPK3PXP",
            "--param",
            "MFA_PASSWORD=Mfa-Passw0rd1");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out() + run.err())
        .doesNotContain("JBSWY3DPEHPK3PXP")
        .doesNotContain("Mfa-Passw0rd1");
  }

  @Test
  void run_ofAnUnknownCommand_failsAtItsLine() {
    String file = harness.script("cmd.jsh", "int a = 1;\n/nosuchcommand now\n");

    RunHarness.Run run = harness.run(file, "--sandbox");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("unknown command: /nosuchcommand")
        .contains("cmd.jsh:2: the command /nosuchcommand failed");
  }
}
