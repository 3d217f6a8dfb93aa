package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.runtime.SessionTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /replay}, {@code /record} and {@code /save} typed at a shell on a dumb terminal. */
class ReplayCommandsTest {

  @TempDir Path home;
  private ShellDriver shell;

  @BeforeEach
  void start() {
    SessionTestSupport.reset();
    shell = new ShellDriver(ShellDriver.setup(home));
    shell.awaitPrompt();
  }

  @AfterEach
  void stop() {
    shell.close();
  }

  private String file(String name, String text) throws IOException {
    Path file = home.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  private String typed(String line) {
    shell.type(line + "\n");
    return shell.awaitPrompt();
  }

  @Test
  void replay_runsTheScriptInThisSession_asIfTyped() throws IOException {
    String script =
        file(
            "s.jsh",
            "int twice(int x) {\n  return 2 * x;\n}\n/vars\n"
                + "String who = param(\"WHO\");\nint answer = twice(21);\n");

    String output = typed("/replay " + script + " --param WHO=ada");

    assertThat(output)
        .contains("|  created method twice(int)")
        .contains("who ==> \"ada\"")
        .contains("answer ==> 42")
        .contains("replayed " + script + ": 4 snippets, 0 failed");
    assertThat(typed("answer + 1")).contains("==> 43");
  }

  @Test
  void replay_ofConsecutiveStatements_printsEachValueInPlace_andTheSessionKeepsTheirEffects()
      throws IOException {
    String script =
        file(
            "b.jsh",
            "int n = 0;\n"
                + "n += 1;\n"
                + "System.out.println(\"between\");\n"
                + "n = 7;\n"
                + "String.valueOf(n).length();\n"
                + "Integer.parseInt(\"x\");\n"
                + "n = 8;\n");

    String output = typed("/replay " + script + " --keep-going");

    assertThat(output)
        .containsSubsequence("==> 1", "between", "n ==> 7", "==> 1", "NumberFormatException")
        .contains(script + ":6: NumberFormatException: For input string: \"x\"")
        .contains("n ==> 8")
        .contains("replayed " + script + ": 7 snippets, 1 failed");
    assertThat(typed("n + 1")).contains("==> 9");
  }

  @Test
  void replay_ofAFailingScript_pointsAtTheLine_andKeepsWhatRanBefore() throws IOException {
    String script =
        file(
            "f.jsh",
            "int before = 1;\n\ncheck(before == 2, \"before is two\", before);\nint after = 3;\n");

    String output = typed("/replay " + script);

    assertThat(output)
        .contains("check failed: before is two (values: 1)")
        .contains(script + ":3: check failed: before is two (values: 1)")
        .contains("  | check(before == 2, \"before is two\", before);")
        .contains("replayed " + script + ": 2 snippets, 1 failed");
    assertThat(typed("before")).contains("==> 1");
    assertThat(typed("after")).contains("cannot find symbol");
  }

  @Test
  void replay_ofALongScript_showsProgress() throws IOException {
    String script =
        file(
            "long.jsh",
            IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "int step" + i + " = " + i + ";")
                .collect(Collectors.joining("\n")));

    String output = typed("/replay " + script);

    assertThat(output)
        .contains("[1/12] " + script + ":1  int step1 = 1;")
        .contains("[12/12] " + script + ":12  int step12 = 12;");
  }

  @Test
  void replay_ofAMissingFileOrBadParam_saysWhatToDo() {
    assertThat(typed("/replay " + home.resolve("none.jsh")))
        .contains("no such script: " + home.resolve("none.jsh"));
    assertThat(typed("/replay x.jsh --param PASSWORD"))
        .contains("--param takes NAME=VALUE, got 'PASSWORD'")
        .contains("hint: write it as --param NAME=VALUE");
  }

  @Test
  void record_keepsTheSnippetsThatSucceed_withSecretsAsParams() throws IOException {
    Path file = home.resolve("rec.jsh");
    assertThat(typed("/record " + file)).contains("recording to " + file);
    typed("int a = 1;");
    typed("String token = \"eyJraWQiOiJ0ZXN0In0.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl\";");
    typed("int broken = nothing;");
    typed("/vars");
    typed("int b = a + 1;");
    assertThat(typed("/record")).contains("recording to " + file + " (3 snippets so far)");

    String stopped = typed("/record stop");

    assertThat(stopped)
        .contains(
            "wrote 3 snippets to "
                + file
                + ", readable by you only (0600): it reads secret parameters;")
        .contains("replay it with --param TOKEN=…");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(ScriptFiles.OWNER_ONLY);
    assertThat(Files.readString(file))
        .contains("int a = 1;\nString token = param(\"TOKEN\");\nint b = a + 1;\n")
        .doesNotContain("eyJ")
        .doesNotContain("nothing");
    assertThat(typed("/record stop")).contains("not recording");
  }

  @Test
  void save_writesEverySnippetThatSucceededSinceTheStart() throws IOException {
    typed("int first = 1;");
    typed("first / 0");
    typed("int second = first + 1;");
    Path file = home.resolve("saved.jsh");

    assertThat(typed("/save " + file))
        .contains("wrote 2 snippets to " + file + "; it needs no parameters");
    assertThat(Files.readString(file)).endsWith("\nint first = 1;\nint second = first + 1;\n");
    assertThat(Files.getPosixFilePermissions(file)).contains(PosixFilePermission.OTHERS_READ);
  }

  @Test
  void save_ofASessionThatUsedASecret_writesAnOwnerOnlyFile_andSaysSo() throws IOException {
    Path file = home.resolve("secret.jsh");
    Files.writeString(file, "old text, world-readable\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    typed("String password = \"Passw0rd!\";");

    assertThat(typed("/save " + file))
        .contains(
            "wrote 1 snippet to "
                + file
                + ", readable by you only (0600): it reads secret parameters; secret literals"
                + " became parameters; replay it with --param PASSWORD=…");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(file)).contains("param(\"PASSWORD\")").doesNotContain("Passw0rd");
  }
}
