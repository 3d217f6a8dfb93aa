package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogsh run} through {@link Main#run}, where the engine starts before picocli reads the
 * arguments: the run uses it, and a usage error still exits 2 with picocli's message.
 */
class MainEarlyRunTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream hostOut;
  private PrintStream hostErr;
  private InputStream hostIn;

  @BeforeEach
  void capture() {
    SessionTestSupport.reset();
    hostOut = System.out;
    hostErr = System.err;
    hostIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setIn(InputStream.nullInputStream());
  }

  @AfterEach
  void restore() {
    System.setOut(hostOut);
    System.setErr(hostErr);
    System.setIn(hostIn);
    SessionTestSupport.reset();
  }

  @Test
  void aRun_evaluatesOnTheEngineStartedBeforeParsing() throws Exception {
    Path script = Files.writeString(dir.resolve("one.jsh"), "System.out.println(6 * 7);\n");

    int status = Main.run("run", "--sandbox", script.toString());

    String output = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(output + err).isZero();
    assertThat(output).contains("42").contains("1 snippet");
  }

  @Test
  void aUsageError_exits2_withPicocliMessage() throws Exception {
    Path script = Files.writeString(dir.resolve("one.jsh"), "System.out.println(6 * 7);\n");

    int status = Main.run("run", "--no-such-option", script.toString());

    assertThat(status).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Unknown option: '--no-such-option'")
        .contains("Try 'cogsh run --help'.");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("42");
  }
}
