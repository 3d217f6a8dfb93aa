package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogsh.config.Environment;
import dev.cogsh.sandbox.SeedUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cogsh sandbox --user NAME}'s password from {@code --users-file} or the environment (issue
 * 18 item 8); the running sandbox is tested in {@code SandboxCliTest}.
 */
class SandboxPasswordsTest {
  @TempDir Path dir;

  private Environment env(Map<String, String> variables) {
    return new Environment(variables, dir, dir.resolve("home"));
  }

  private Path usersFile(String text, String mode) throws Exception {
    Path file = dir.resolve("users.txt");
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    return file;
  }

  @Test
  void aNameAlone_takesItsPasswordFromTheFile_thenItsVariable_thenTheCommonOne() throws Exception {
    Path file = usersFile("# test users\n\na@example.com:From:File\n", "rw-------");
    SandboxPasswords passwords =
        SandboxPasswords.open(
            file,
            env(
                Map.of(
                    "COGSH_SANDBOX_PASSWORD_A_EXAMPLE_COM", "not this",
                    "COGSH_SANDBOX_PASSWORD_B_EXAMPLE_COM", "From-B-variable",
                    "COGSH_SANDBOX_PASSWORD", "Common-1")));

    SeedUser a = passwords.user("a@example.com", SeedUser.Kind.CONFIRMED);
    assertThat(a.name()).isEqualTo("a@example.com");
    assertThat(a.password()).isEqualTo("From:File");
    assertThat(passwords.user("b@example.com", SeedUser.Kind.SMS).password())
        .isEqualTo("From-B-variable");
    assertThat(passwords.user("c", SeedUser.Kind.NEW_PASSWORD).password()).isEqualTo("Common-1");
    assertThat(passwords.user("d:Given-On-The-Line", SeedUser.Kind.CONFIRMED).password())
        .isEqualTo("Given-On-The-Line");
  }

  @Test
  void aFileOthersMayRead_isRefused_namingItAndChmod600() throws Exception {
    Path file = usersFile("a:Secret-Pass-1\n", "rw-r--r--");
    assertThatThrownBy(() -> SandboxPasswords.open(file, env(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--users-file "
                + file
                + " holds passwords but others may read or change it: run chmod 600 "
                + file);
  }

  @Test
  void aMissingPassword_namesEveryPlaceItMayComeFrom() throws Exception {
    SandboxPasswords none = SandboxPasswords.open(null, env(Map.of()));
    assertThatThrownBy(() -> none.user("ann@example.com", SeedUser.Kind.CONFIRMED))
        .hasMessage(
            "no password for user ann@example.com: add a line ann@example.com:PASSWORD to a"
                + " --users-file FILE (chmod 600), or set COGSH_SANDBOX_PASSWORD_ANN_EXAMPLE_COM"
                + " or COGSH_SANDBOX_PASSWORD");
  }

  @Test
  void aBrokenOrMissingFile_isOneLine_thatShowsNoPassword() throws Exception {
    Path file = usersFile("a:ok-password\nSecret-Without-Name\n", "rw-------");
    assertThatThrownBy(() -> SandboxPasswords.open(file, env(Map.of())))
        .hasMessage("line 2 of --users-file " + file + " is not NAME:PASSWORD")
        .message()
        .doesNotContain("Secret");
    Path missing = dir.resolve("nope.txt");
    assertThatThrownBy(() -> SandboxPasswords.open(missing, env(Map.of())))
        .hasMessage("--users-file " + missing + " does not exist");
  }

  @Test
  void theCommandLine_refusesASharedFileAsUsage_andHelpSaysWherePasswordsComeFrom()
      throws Exception {
    Path file = usersFile("a:Secret-Pass-1\n", "rw-rw-r--");
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("sandbox", "--user", "a", "--users-file", file.toString());
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString().lines().findFirst().orElse(""))
        .isEqualTo(
            "cogsh: --users-file "
                + file
                + " holds passwords but others may read or change it: run chmod 600 "
                + file);
    assertThat(err.toString()).doesNotContain("Secret-Pass-1");

    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.execute("sandbox", "--help");
    String help = out.toString().replaceAll("\\s+", ""); // picocli wraps after ':' too
    assertThat(help)
        .contains("--user=NAME[:PASSWORD]")
        .contains("NAME:PASSWORDshowsinps")
        .contains("--users-file=FILE")
        .contains("chmod600")
        .contains("$COGSH_SANDBOX_PASSWORD_<NAME>")
        .contains("--cors-origin=ORIGIN")
        .contains("--cors-headers=LIST")
        .contains("--max-notes=N")
        .contains("--max-users=N");
  }
}
