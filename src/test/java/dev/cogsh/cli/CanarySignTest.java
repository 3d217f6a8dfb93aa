package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.testing.Canaries;
import dev.cogsh.testing.CanaryScan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canary suite for {@code cogsh sign}: a canary secret key and session token from the
 * environment and from flags never reach stdout, stderr or the scratch home, except the derived
 * signing key when asked for with {@code --show-signing-key} (not a canary: it is derived). {@code
 * --json} is left out: its headers are the ones to send, session token included (an explicit ask,
 * listed in the README).
 */
class CanarySignTest {

  private static final Canaries C = Canaries.standard();

  @TempDir Path home;

  @Test
  void signing_withCanaryKeys_printsNoCanary() throws IOException {
    SignHarness harness = new SignHarness(home);
    Map<String, String> env =
        Map.of(
            "AWS_ACCESS_KEY_ID", "ASIAIOSFODNN7EXAMPLE",
            "AWS_SECRET_ACCESS_KEY", C.secretAccessKey(),
            "AWS_SESSION_TOKEN", C.sessionToken());
    CanaryScan scan = new CanaryScan(C);
    CanaryScan.Report report = scan.files(home);
    for (List<String> args :
        List.of(
            List.of("--method", "GET", "--url", SignHarness.URL),
            List.of("--method", "GET", "--url", SignHarness.URL, "--show-signing-key"),
            List.of(
                "--method",
                "GET",
                "--url",
                SignHarness.URL,
                "--access-key",
                "AKIAIOSFODNN7EXAMPLE",
                "--secret-key",
                C.secretAccessKey(),
                "--session-token",
                C.sessionToken()))) {
      SignHarness.Run run = harness.run(env, "", args);
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).isNotBlank();
      report =
          report
              .plus(scan.text("stdout of " + args.get(args.size() - 1), run.out()))
              .plus(scan.text("stderr", run.err()));
    }
    report = report.plus(scan.files(home));
    assertThat(report.clean()).as(report.toString()).isTrue();
  }
}
