package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import dev.cogsh.session.OpenSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echo '…' | cogsh}: no prompt, values on stdout, errors on stderr, the exit status. */
class PipedShellTest {

  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void freshSession() {
    SessionTestSupport.reset();
  }

  private int run(String input) {
    ShellSetup setup =
        ShellDriver.setup(home)
            .in(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build();
    try (OpenSession session = setup.session()) {
      return new Shell(setup, ShellCommands.standard(session)).run();
    }
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void snippets_printTheirValuesAndOutput_withoutPromptsOrBanner() {
    int status =
        run(
            "1 + 1\nSystem.out.println(\"hello\")\nint twice(int x) {\n  return 2 * x;\n}\ntwice(21)\n");

    assertThat(status).isZero();
    assertThat(out()).isEqualTo("$1 ==> 2\nhello\n|  created method twice(int)\n$2 ==> 42\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void aFailingSnippet_stopsTheRun_withExitStatus1() {
    int status = run("int ok = 1\nint bad = nope;\nSystem.out.println(\"not reached\")\n");

    assertThat(status).isEqualTo(1);
    assertThat(out()).contains("ok ==> 1").doesNotContain("not reached");
    assertThat(err()).contains("error: cannot find symbol").contains("^--^");
  }

  @Test
  void anException_failsTheRun() {
    assertThat(run("Integer.parseInt(\"x\")\n")).isEqualTo(1);
    assertThat(err()).contains("NumberFormatException: For input string: \"x\"");
  }

  @Test
  void inputEndingInsideASnippet_fails() {
    assertThat(run("void unfinished() {\n")).isEqualTo(1);
    assertThat(err()).contains("error: the input ended inside a snippet");
  }

  @Test
  void slashCommands_work_andAnUnknownOneFails() {
    assertThat(run("int kept = 3\n/vars\n")).isZero();
    assertThat(out()).contains("int kept = 3");

    assertThat(run("/nope\n")).isEqualTo(1);
    assertThat(err()).contains("unknown command: /nope");
  }

  @Test
  void help_summariesAreWholePhrases() {
    assertThat(run("/help\n")).isZero();
    assertThat(out())
        .contains("import a front end's settings")
        .doesNotContainPattern("front end's\\s*\\n");
  }

  @Test
  void exit_givesItsStatus() {
    assertThat(run("/exit 4\n1 + 1\n")).isEqualTo(4);
    assertThat(out()).doesNotContain("==>");
  }

  @Test
  void aPrompt_readsTheNextLineOfInput_andNeverPrintsIt() {
    // login asks for the user (empty: the configured one) and the password on the next lines
    int status = run("auth.login()\n\npiped-secret\n");

    assertThat(status).isEqualTo(1); // nothing listens at the configured endpoint
    assertThat(err()).contains("Username [tester@example.com]:").contains("Password:");
    assertThat(out() + err()).doesNotContain("piped-secret");
  }
}
