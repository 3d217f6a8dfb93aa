package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI with a profile whose {@code credential_process} runs {@code cogsh creds export} calls
 * the sandbox's STS {@code GetCallerIdentity} as the signed-in user's authenticated role. A scratch
 * {@code AWS_CONFIG_FILE} and {@code HOME}: the real ~/.aws is never read. Skipped, with the reason
 * printed, where {@code aws} is not on the PATH.
 */
class AwsCliCredentialProcessTest {

  @TempDir Path dir;

  static final String AUTHENTICATED_ROLE =
      "arn:aws:sts::123456789012:assumed-role/Cognito_sandboxAuth_Role/CognitoIdentityCredentials";

  @Test
  void awsStsGetCallerIdentity_throughCredentialProcess_isTheAuthenticatedRole() throws Exception {
    Path aws = awsOrSkip();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build())) {
      Path cogshJson = dir.resolve("cogsh.json");
      SandboxCommand.writeConfig(sandbox.config(), sandbox.hookToken(), cogshJson);

      Answer answer =
          getCallerIdentity(
              aws, sandbox, cogshJson, Map.of("COGSH_PASSWORD", SandboxOptions.DEMO_PASSWORD));

      assertThat(answer.status()).as(answer.out() + answer.err()).isZero();
      JsonNode identity = new ObjectMapper().readTree(answer.out());
      assertThat(identity.path("Arn").asText()).isEqualTo(AUTHENTICATED_ROLE);
      assertThat(identity.path("Account").asText()).isEqualTo("123456789012");
      assertThat(answer.out() + answer.err()).doesNotContain(SandboxOptions.DEMO_PASSWORD);
    }
  }

  @Test
  void onARememberedSession_theAwsCliNeedsNoPassword_andIsTheRoleCredsWhoamiNames()
      throws Exception {
    Path aws = awsOrSkip();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build())) {
      Path cogshJson = dir.resolve("cogsh.json");
      SandboxCommand.writeConfig(sandbox.config(), sandbox.hookToken(), cogshJson);
      RunHarness harness = new RunHarness(dir);
      String script =
          harness.script(
              "whoami.jsh",
              "auth.login();\nSystem.out.println(\"whoami: \" + creds.whoami().arn());\n");
      dev.cogsh.runtime.SessionTestSupport.reset();
      RunHarness.Run run =
          harness.run(Map.of("COGSH_PASSWORD", SandboxOptions.DEMO_PASSWORD), script, "--remember");
      dev.cogsh.runtime.SessionTestSupport.reset();
      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.out()).contains("whoami: " + AUTHENTICATED_ROLE);

      Answer answer = getCallerIdentity(aws, sandbox, cogshJson, Map.of()); // no password

      assertThat(answer.status()).as(answer.out() + answer.err()).isZero();
      assertThat(new ObjectMapper().readTree(answer.out()).path("Arn").asText())
          .isEqualTo(AUTHENTICATED_ROLE);
    }
  }

  record Answer(int status, String out, String err) {}

  /** {@code aws sts get-caller-identity} with a scratch HOME and AWS config, nothing else. */
  private Answer getCallerIdentity(
      Path aws, Sandbox sandbox, Path cogshJson, Map<String, String> extraEnv) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("java.class.path");
    Path awsConfig = dir.resolve("aws-config");
    Files.writeString(
        awsConfig,
        "[profile cogsh]\n"
            + "region = "
            + sandbox.config().region()
            + "\ncredential_process = "
            + java
            + " -cp "
            + classPath
            + " dev.cogsh.cli.Main creds export --config "
            + cogshJson
            + "\n");
    ProcessBuilder pb =
        new ProcessBuilder(
                aws.toString(),
                "sts",
                "get-caller-identity",
                "--profile",
                "cogsh",
                "--endpoint-url",
                sandbox.endpoint().toString(),
                "--output",
                "json")
            .directory(dir.toFile())
            .redirectError(dir.resolve("stderr.txt").toFile());
    Map<String, String> env = pb.environment();
    String path = env.get("PATH");
    env.clear();
    env.put("PATH", path);
    env.put("HOME", dir.toString());
    env.put("AWS_CONFIG_FILE", awsConfig.toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.putAll(extraEnv);
    Process process = pb.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Answer(process.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
  }

  private static Path awsOrSkip() {
    Optional<Path> aws = onPath("aws");
    if (aws.isEmpty()) {
      String reason = "aws is not on the PATH; skipping the AWS CLI credential_process test";
      System.out.println(reason);
      Assumptions.abort(reason);
    }
    return aws.get();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .map(p -> Path.of(p, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
