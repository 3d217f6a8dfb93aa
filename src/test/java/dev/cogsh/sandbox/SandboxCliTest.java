package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** {@code cogsh sandbox} as a process: its lines, its {@code cogsh.json}, a clean SIGTERM. */
class SandboxCliTest {
  @TempDir Path dir;

  @Test
  void sandboxCommand_printsItsAddress_writesItsConfig_andStopsOnSigterm() throws Exception {
    Path config = dir.resolve("nested/cogsh.json");
    try (SandboxProcess sandbox = SandboxProcess.start("--config-out", config.toString())) {
      assertThat(sandbox.endpoint.toString()).matches("http://127\\.0\\.0\\.1:\\d+");
      sandbox.awaitLine("wrote " + config, 30);
      assertThat(sandbox.output).contains("user demo@example.com, password Passw0rd!");

      JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(config));
      assertThat(json.path("userPoolId").asText()).isEqualTo("us-east-1_sandbox01");
      assertThat(json.path("apiUrl").asText()).isEqualTo(sandbox.endpoint + "/prod");
      assertThat(json.path("endpoints").path("cognitoIdp").asText())
          .isEqualTo(sandbox.endpoint.toString());
      assertThat(json.path("username").asText()).isEqualTo("demo@example.com");
      assertThat(json.path("appClientSecret").isNull()).isTrue();
      try (Stream<Path> files = Files.list(config.getParent())) {
        assertThat(files.map(Path::getFileName).map(Path::toString).toList())
            .containsExactly("cogsh.json");
      }

      // SIGTERM through the handle: Process.destroy() would also close the output pipe
      sandbox.process.toHandle().destroy();
      assertThat(sandbox.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      sandbox.awaitLine("cogsh sandbox stopped", 5);
    }
  }

  @Test
  void givenUsers_replaceTheDemoUser() throws Exception {
    try (SandboxProcess sandbox =
        SandboxProcess.start("--user", "a@example.com:Passw0rd!", "--client-secret", "s3cret")) {
      try (SandboxClients clients =
          SandboxClients.remote(sandbox.endpoint, Clock.systemUTC(), "s3cret")) {
        sandbox.awaitLine("user a@example.com (--user: confirmed)", 5);
        assertThat(List.copyOf(sandbox.output)).noneMatch(line -> line.contains("demo@"));
        assertThat(clients.signInSrp("a@example.com", "Passw0rd!").idToken()).isNotBlank();
        assertThatThrownBy(() -> clients.signInSrp("demo@example.com", "Passw0rd!"))
            .isInstanceOf(NotAuthorizedException.class);
      }
    }
  }

  @Test
  void apiKeyFlags_areWrittenToTheConfig_andTheUsagePlanAnswersAsApiGateway() throws Exception {
    Path config = dir.resolve("keyed.json");
    try (SandboxProcess sandbox =
        SandboxProcess.start(
            "--api-key",
            "my-own-key-0123456789",
            "--api-key-quota",
            "1",
            "--config-out",
            config.toString())) {
      sandbox.awaitLine("wrote " + config, 30);
      JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(config));
      assertThat(json.path("apiKey").asText()).isEqualTo("my-own-key-0123456789");

      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.util.function.Function<String, java.net.http.HttpResponse<String>> get =
          key -> {
            var b =
                java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(sandbox.endpoint + "/prod/apikey/notes"));
            if (key != null) {
              b.header("x-api-key", key);
            }
            try {
              return http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
              throw new AssertionError(e);
            }
          };
      var missing = get.apply(null);
      assertThat(missing.statusCode()).isEqualTo(403);
      assertThat(missing.body()).isEqualTo("{\"message\":\"Forbidden\"}");
      assertThat(missing.headers().firstValue("x-amzn-ErrorType")).contains("ForbiddenException");
      assertThat(get.apply("my-own-key-0123456780").statusCode()).isEqualTo(403);
      assertThat(get.apply("my-own-key-0123456789").statusCode()).isEqualTo(200);
      var spent = get.apply("my-own-key-0123456789");
      assertThat(spent.statusCode()).isEqualTo(429);
      assertThat(spent.body()).isEqualTo("{\"message\":\"Limit Exceeded\"}");
      assertThat(spent.headers().firstValue("x-amzn-ErrorType")).contains("LimitExceededException");
    }
  }

  @Test
  void usersNamedAlone_takeTheirPasswordsFromTheUsersFileAndTheEnvironment() throws Exception {
    Path users = dir.resolve("users.txt");
    Files.writeString(users, "# sandbox users\nfile@example.com:File-Passw0rd\n");
    Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
    try (SandboxProcess sandbox =
        SandboxProcess.start(
            Map.of("COGSH_SANDBOX_PASSWORD_ENV_EXAMPLE_COM", "Env-Passw0rd"),
            "--user",
            "file@example.com",
            "--user",
            "env@example.com",
            "--users-file",
            users.toString())) {
      try (SandboxClients clients = SandboxClients.remote(sandbox.endpoint, Clock.systemUTC())) {
        sandbox.awaitLine("user env@example.com (--user: confirmed)", 5);
        assertThat(clients.signInSrp("file@example.com", "File-Passw0rd").idToken()).isNotBlank();
        assertThat(clients.signInSrp("env@example.com", "Env-Passw0rd").idToken()).isNotBlank();
        assertThat(sandbox.process.info().commandLine().orElse("")).doesNotContain("Passw0rd");
        assertThat(List.copyOf(sandbox.output)).noneMatch(line -> line.contains("Passw0rd"));
      }
    }
  }
}
