package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandbox started apart ({@code cogsh sandbox --config-out cogsh.json}) and a session on that
 * file: the file's {@code sandboxHooks.token} lets {@code sandbox.lastCode} and {@code /codes} read
 * the codes with no {@code COGSH_SANDBOX_HOOK_TOKEN} set, as docs/sandbox.md tells a new user to
 * do.
 */
class SandboxApartCodesTest {

  @TempDir Path home;

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  private static final String SCRIPT =
      """
      auth.signUp("apart@example.com", param("PASSWORD"), Map.of("email", "apart@example.com"));
      auth.confirmSignUp(sandbox.lastCode("apart@example.com"));
      auth.login("apart@example.com", param("PASSWORD"));
      check(auth.signedIn(), "signed in", auth.whoami());
      """;

  @Test
  void configOutFile_holdsTheHookToken_soCodesAreReadWithoutTheVariable() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build())) {
      SandboxCommand.writeConfig(sandbox.config(), sandbox.hookToken(), home.resolve("cogsh.json"));
      RunHarness harness = new RunHarness(home);

      RunHarness.Run run =
          harness.run(
              harness.script("apart.jsh", SCRIPT),
              "--config",
              "cogsh.json",
              "--param",
              "PASSWORD=Apart-Passw0rd!");

      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.toString()).doesNotContain(sandbox.hookToken());
    }
  }

  @Test
  void aFileWhoseEndpointIsNotLoopback_doesNotSendItsTokenAnywhere() throws Exception {
    Path file = home.resolve("cogsh.json");
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build())) {
      SandboxCommand.writeConfig(sandbox.config(), sandbox.hookToken(), file);
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode config = (ObjectNode) json.readTree(file.toFile());
    ((ObjectNode) config.path("endpoints")).put("cognitoIdp", "https://cognito.example.com");
    Files.writeString(file, json.writeValueAsString(config));
    RunHarness harness = new RunHarness(home);

    RunHarness.Run run =
        harness.run(
            Map.of(),
            harness.script("remote.jsh", "sandbox.lastCode(\"ada@example.com\");\n"),
            "--config",
            "cogsh.json");

    assertThat(run.status()).as(run.toString()).isNotZero();
    assertThat(run.toString()).contains("does not run on the sandbox");
  }
}
