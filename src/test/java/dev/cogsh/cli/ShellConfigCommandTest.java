package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import dev.cogsh.runtime.Session;
import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.shell.ShellDriver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /config import PATH} and {@code /config use NAME} in a shell started as cogsh starts. */
class ShellConfigCommandTest {

  @TempDir Path home;
  @TempDir Path cwd;

  private final StringWriter errors = new StringWriter();

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  private int start(Terminal terminal, InputStream in, PrintStream out) {
    try {
      return ShellCommand.start(
          new ShellOptions(),
          new Environment(Map.of(), cwd, home),
          terminal,
          in,
          out,
          out,
          new PrintWriter(errors, true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs piped input; returns the status and leaves the output in {@code out}. */
  private int piped(String script, ByteArrayOutputStream out) {
    return start(
        null,
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  private static String fixture(String name) {
    return Path.of("src/test/resources/config", name).toAbsolutePath().toString();
  }

  @Test
  void configImport_writesCogshJson_andASecondImportThatDiffers_writesNothingWithoutForce()
      throws IOException {
    Path changed = cwd.resolve("changed-config.js");
    Files.writeString(
        changed,
        Files.readString(Path.of(fixture("tutorial-config.js")))
            .replace("us-east-1_AbC123xyz", "us-east-1_Other9999"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        piped(
            "/config import "
                + fixture("tutorial-config.js")
                + "\n/config import changed-config.js\n",
            out);

    String output = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(output).isEqualTo(1);
    assertThat(output)
        .contains("userPoolId: us-east-1_AbC123xyz")
        .contains("Writing ./cogsh.json (new file):")
        .contains("Wrote ./cogsh.json.")
        .contains("Next: /config use loads the file's top level")
        .contains(
            "! userPoolId: the file has us-east-1_AbC123xyz, the import has us-east-1_Other9999")
        .contains("nothing written; add --force");
    assertThat(Files.readString(cwd.resolve("cogsh.json")))
        .contains("us-east-1_AbC123xyz")
        .doesNotContain("Other9999");
  }

  @Test
  void configUse_onTheSandboxWithoutAFile_saysThereAreNoProfiles_andHowToMakeSome() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = piped("/config use prod\n", out);

    String output = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(1);
    assertThat(output)
        .contains("there are no profiles")
        .contains("the built-in sandbox")
        .contains("/config import PATH");
  }

  @Test
  void configUse_switchesAuthCredsAndApi_toTheProfile_andAnUnknownProfileChangesNothing()
      throws IOException {
    try (Sandbox dev = Sandbox.start(SandboxOptions.builder().stage("dev").build());
        Sandbox prod = Sandbox.start(SandboxOptions.builder().stage("prod").build())) {
      Files.writeString(
          cwd.resolve("cogsh.json"),
          "{\n"
              + fields(dev.config())
              + ",\n  \"profiles\": {\n    \"prod\": {\n"
              + fields(prod.config())
              + "\n    }\n  }\n}\n");
      String devUrl = dev.config().apiUrl().toString();
      String prodUrl = prod.config().apiUrl().toString();
      try (ShellDriver shell =
          new ShellDriver(
              "dumb",
              terminal ->
                  start(
                      terminal,
                      InputStream.nullInputStream(),
                      new PrintStream(OutputStream.nullOutputStream())))) {
        assertThat(shell.awaitPrompt()).contains(devUrl);
        shell.type("var before = api\n");
        shell.awaitPrompt();

        shell.type("/config use nope\n");
        assertThat(shell.awaitPrompt())
            .contains("profile \"nope\" (selected by command /config use)")
            .contains("its profiles: prod")
            .contains("the session is unchanged: " + devUrl);
        shell.type(
            "api == before && api.config().apiUrl().toString().equals(\"" + devUrl + "\")\n");
        assertThat(shell.awaitPrompt()).contains("==> true");

        shell.type("/config use prod\n");
        assertThat(shell.awaitPrompt())
            .contains("now using profile prod: " + prodUrl)
            .contains("signed out — type /login");
        shell.type("api.config().apiUrl()\n");
        assertThat(shell.awaitPrompt()).contains("==> " + prodUrl);
        shell.type(
            "api != before && api == dev.cogsh.runtime.Session.api()"
                + " && auth == dev.cogsh.runtime.Session.auth()"
                + " && creds == dev.cogsh.runtime.Session.creds()\n");
        assertThat(shell.awaitPrompt()).contains("==> true");
        assertThat(Session.api().config().apiUrl()).isEqualTo(prod.config().apiUrl());

        shell.type("auth.login(\"demo@example.com\", \"Passw0rd!\");\n");
        shell.awaitPrompt();
        shell.type("api.get(\"/notes\")\n");
        assertThat(shell.awaitPrompt()).contains("200 OK  GET /prod/notes");

        shell.type("/config\n");
        assertThat(shell.awaitPrompt()).contains("profile prod").contains("prod (active)");
      }
    }
  }

  /** A sandbox's configuration as cogsh.json fields. */
  private static String fields(Config config) {
    return String.join(
        ",\n",
        field("region", config.region()),
        field("userPoolId", config.userPoolId()),
        field("appClientId", config.appClientId()),
        field("identityPoolId", config.identityPoolId()),
        field("apiUrl", config.apiUrl().toString()),
        field("username", config.username()),
        "  \"endpoints\": {"
            + field("cognitoIdp", config.endpoints().cognitoIdp().toString()).strip()
            + ", "
            + field("cognitoIdentity", config.endpoints().cognitoIdentity().toString()).strip()
            + "}");
  }

  private static String field(String key, String value) {
    return "  \"" + key + "\": \"" + value + "\"";
  }
}
