package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.DeviceTracking;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" of remembered devices: on a sandbox with {@code --devices always} and a TOTP
 * user, one {@code cogsh run} signs in with the TOTP code and remembers the device; the next, a new
 * session sharing only the home folder, signs in with no MFA (the sandbox counts a {@code
 * DEVICE_SRP_AUTH} answer), refreshes and calls the API.
 */
class RememberedDeviceRunTest {
  static final String SECRET = "JBSWY3DPEHPK3PXP";

  @TempDir Path home;

  @Test
  void secondRun_signsInWithoutMfa_byTheRememberedDevice() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.builder()
                .userTotp("mfa@example.com", "Mfa-Passw0rd1", SECRET)
                .devices(DeviceTracking.ALWAYS)
                .build())) {
      SandboxCommand.writeConfig(sandbox.config(), sandbox.hookToken(), home.resolve("cogsh.json"));
      RunHarness harness = new RunHarness(home);
      String first =
          harness.script(
              "first.jsh",
              """
              auth.totp(param("SECRET"));
              auth.login("mfa@example.com", param("PASSWORD"));
              check(auth.devices().get(0).remembered(), "remembered", auth.devices());
              """);
      String second =
          harness.script(
              "second.jsh",
              """
              auth.login("mfa@example.com", param("PASSWORD"));
              auth.refresh();
              expect(api.get("/notes")).status(200);
              """);

      SessionTestSupport.reset();
      RunHarness.Run one =
          harness.run(
              first,
              "--config",
              "cogsh.json",
              "--param",
              "SECRET=" + SECRET,
              "--param",
              "PASSWORD=Mfa-Passw0rd1");
      assertThat(one.status()).as(one.toString()).isZero();
      assertThat(stats(sandbox).path("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA").asLong())
          .isEqualTo(1);
      assertThat(home.resolve(".local/state/cogsh/devices.json")).exists();

      SessionTestSupport.reset();
      RunHarness.Run two =
          harness.run(second, "--config", "cogsh.json", "--param", "PASSWORD=Mfa-Passw0rd1");

      assertThat(two.status()).as(two.toString()).isZero();
      JsonNode stats = stats(sandbox);
      assertThat(stats.path("RespondToAuthChallenge.DEVICE_SRP_AUTH").asLong()).isEqualTo(1);
      assertThat(stats.path("RespondToAuthChallenge.SOFTWARE_TOKEN_MFA").asLong()).isEqualTo(1);
      assertThat(Files.readString(home.resolve(".local/state/cogsh/devices.json")))
          .contains(sandbox.config().userPoolId() + " mfa@example.com");
    }
  }

  static JsonNode stats(Sandbox sandbox) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/_sandbox/stats"))
                    .header("x-cogsh-sandbox-token", sandbox.hookToken())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body());
  }
}
