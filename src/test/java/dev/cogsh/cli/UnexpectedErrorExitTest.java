package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exception no command handles (here the world failing under cogsh: a standard stream that
 * breaks) exits 1 with one line on stderr and a pointer to {@code --debug}, never 2, which stays
 * "bad usage"; {@code --debug} prints the stack trace. Through {@link Main#run}, with the standard
 * streams replaced and the home ({@code user.home}) a temporary folder.
 */
class UnexpectedErrorExitTest {

  private static final String[] SIGN = {
    "sign",
    "--method",
    "GET",
    "--url",
    "https://example.com/notes",
    "--access-key",
    "AKIDEXAMPLE",
    "--secret-key",
    "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    "--region",
    "us-east-1",
    "--service",
    "execute-api"
  };

  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream hostOut;
  private PrintStream hostErr;
  private InputStream hostIn;
  private String hostHome;

  @BeforeEach
  void capture() {
    SessionTestSupport.reset();
    hostOut = System.out;
    hostErr = System.err;
    hostIn = System.in;
    hostHome = System.getProperty("user.home");
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setIn(InputStream.nullInputStream());
    System.setProperty("user.home", dir.toString());
  }

  @AfterEach
  void restore() {
    System.setOut(hostOut);
    System.setErr(hostErr);
    System.setIn(hostIn);
    System.setProperty("user.home", hostHome);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Standard output that breaks at the first byte. */
  private static void brokenStdout() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) {
            throw new IllegalStateException("stdout is gone");
          }
        };
    System.setOut(new PrintStream(broken, true, StandardCharsets.UTF_8));
  }

  @Test
  void shell_whoseInputBreaks_exitsOne_withOneLineAndAPointerToDebug() {
    System.setIn(
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("the pipe broke");
          }
        });

    assertThat(Main.run("--sandbox")).as(err()).isEqualTo(Main.FAILURE);
    assertThat(err())
        .contains("cogsh: unexpected error: UncheckedIOException: java.io.IOException: the pipe")
        .contains("(run it again with --debug to see the stack trace)")
        .doesNotContain("\tat ");
  }

  @Test
  void run_whoseOutputBreaks_exitsOne_notTwo() throws IOException {
    Path script = Files.writeString(dir.resolve("one.jsh"), "int one = 1;\n");
    brokenStdout();

    assertThat(Main.run("run", script.toString(), "--sandbox")).as(err()).isEqualTo(1);
    assertThat(err())
        .contains("cogsh: unexpected error: IllegalStateException: stdout is gone")
        .contains("--debug");
  }

  @Test
  void sign_whoseOutputBreaks_exitsOne_andWithDebugPrintsTheStackTrace() {
    brokenStdout();

    assertThat(Main.run(SIGN)).as(err()).isEqualTo(1);
    assertThat(err())
        .contains("cogsh: unexpected error: IllegalStateException: stdout is gone")
        .contains("--debug")
        .doesNotContain("\tat ");

    err.reset();
    String[] debug = Arrays.copyOf(SIGN, SIGN.length + 1);
    debug[SIGN.length] = "--debug";
    assertThat(Main.run(debug)).isEqualTo(1);
    assertThat(err())
        .contains("java.lang.IllegalStateException: stdout is gone")
        .contains("\tat dev.cogsh.cli.SignCommand.call");
  }

  @Test
  void debug_beforeTheSubcommand_worksToo_andBadUsageStaysTwo() {
    brokenStdout();
    assertThat(Main.run(prepend("--debug", SIGN))).isEqualTo(1);
    assertThat(err()).contains("\tat ");

    assertThat(Main.run("sign", "--no-such-flag")).isEqualTo(Main.USAGE);
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
