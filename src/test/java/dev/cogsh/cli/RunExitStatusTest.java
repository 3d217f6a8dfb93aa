package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh run}'s exit statuses through {@link Main#run}, as a CI job sees them: 0 when every
 * snippet succeeded, 1 when one failed, 2 for bad usage. Standard streams are captured; the home is
 * the scratch {@code $HOME} the build gives tests (pom.xml), else ({@code HOME} unset) a temporary
 * {@code user.home}.
 */
class RunExitStatusTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream hostOut;
  private PrintStream hostErr;
  private String hostHome;

  @BeforeEach
  void capture() {
    SessionTestSupport.reset();
    hostOut = System.out;
    hostErr = System.err;
    hostHome = System.getProperty("user.home");
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setProperty("user.home", dir.toString());
  }

  @AfterEach
  void restore() {
    System.setOut(hostOut);
    System.setErr(hostErr);
    System.setProperty("user.home", hostHome);
  }

  private String script(String text) throws IOException {
    Path file = dir.resolve("scenario.jsh");
    Files.writeString(file, text);
    return file.toString();
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everySnippetSucceeds_exitsZero() throws IOException {
    String file =
        script(
            "auth.login();\n"
                + "expect(api.post(\"/notes\", Map.of(\"content\", \"ci\"))).status(200);\n");

    assertThat(Main.run("run", file, "--sandbox")).as(output()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("2 snippets, 4 Cognito calls, 1 API request, 0 failed");
  }

  @Test
  void aSnippetFails_exitsOne() throws IOException {
    String file = script("int n = 1;\ncheck(n == 2, \"n is two\", n);\n");

    assertThat(Main.run("run", file, "--sandbox")).as(output()).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(file + ":2: check failed: n is two (values: 1)");
  }

  @Test
  void aMissingFile_exitsTwo() {
    assertThat(Main.run("run", dir.resolve("missing.jsh").toString(), "--sandbox"))
        .as(output())
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such script");
  }

  @Test
  void aBadParam_exitsTwo() throws IOException {
    String file = script("1;\n");

    assertThat(Main.run("run", file, "--param", "NOEQUALS", "--sandbox")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--param takes NAME=VALUE");
  }

  @Test
  void noFile_exitsTwo() {
    assertThat(Main.run("run", "--sandbox")).isEqualTo(2);
  }
}
