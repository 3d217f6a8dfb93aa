package dev.cogsh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.config.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCommandTest {

  @TempDir Path dir;
  private Environment env;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final List<List<String>> asked = new ArrayList<>();
  private Optional<Integer> answer = Optional.empty();

  @BeforeEach
  void setUp() throws IOException {
    env =
        new Environment(
            Map.of(),
            Files.createDirectories(dir.resolve("work")),
            Files.createDirectories(dir.resolve("home")));
  }

  private int run(String... args) {
    CommandLine cli =
        new CommandLine(
            new ConfigCommand(
                env,
                (options, printer) -> {
                  asked.add(options);
                  return answer;
                }));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static String fixture(String name) {
    return Path.of("src/test/resources/config", name).toAbsolutePath().toString();
  }

  @Test
  void import_writesCogshJsonInTheWorkingDirectory_andSaysWhatItFound() throws IOException {
    int status = run("import", fixture("tutorial-config.js"));
    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("(tutorial config.js):\n  region: us-east-1\n  userPoolId: us-east-1_AbC123xyz")
        .contains("Writing ./cogsh.json (new file):")
        .endsWith("Wrote ./cogsh.json. Next: scripts/cogsh\n");
    assertThat(Files.readString(env.cwd().resolve("cogsh.json"))).contains("us-east-1_AbC123xyz");
  }

  @Test
  void import_ofSeveralApis_withoutATerminal_takesTheFirstAndSaysSo() throws IOException {
    assertThat(run("import", fixture("aws-exports.js"))).isZero();
    assertThat(asked).hasSize(1);
    assertThat(out.toString()).contains("using \"notesApi\" (the first)");
  }

  @Test
  void import_ofSeveralApis_onATerminal_usesTheAnswer() throws IOException {
    answer = Optional.of(2);
    assertThat(run("import", fixture("aws-exports.js"))).isZero();
    assertThat(asked.get(0).get(2))
        .isEqualTo(
            "billing api  https://k1l2m3n4o5.execute-api.eu-west-1.amazonaws.com/dev (eu-west-1)");
    assertThat(Files.readString(env.cwd().resolve("cogsh.json")))
        .contains("\"apiUrl\": \"https://k1l2m3n4o5.execute-api.eu-west-1.amazonaws.com/dev\"");
  }

  @Test
  void import_withApiFlag_doesNotAsk() {
    assertThat(run("import", fixture("aws-exports.js"), "--api", "adminApi")).isZero();
    assertThat(asked).isEmpty();
  }

  @Test
  void import_withConflicts_exitsOne_andWritesNothing() throws IOException {
    Path target = env.cwd().resolve("cogsh.json");
    Files.writeString(target, "{ \"userPoolId\": \"us-east-1_Other999\" }");
    assertThat(run("import", fixture("tutorial-config.js"))).isEqualTo(1);
    assertThat(out.toString()).contains("Nothing written: 1 value(s) differ from the file.");
    assertThat(Files.readString(target)).isEqualTo("{ \"userPoolId\": \"us-east-1_Other999\" }");
    assertThat(run("import", fixture("tutorial-config.js"), "--force")).isZero();
    assertThat(Files.readString(target)).contains("us-east-1_AbC123xyz");
  }

  @Test
  void import_ofAValueThatWouldNotLoad_exitsOne_namesTheField_andWritesOnlyWithForce()
      throws IOException {
    Path source = dir.resolve("config.js");
    Files.writeString(
        source,
        Files.readString(Path.of(fixture("tutorial-config.js")))
            .replace("us-east-1_AbC123xyz", "us-east-1-AbCdEf123"));
    Path target = env.cwd().resolve("cogsh.json");

    assertThat(run("import", source.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains("Nothing written: ./cogsh.json would not load (")
        .contains("userPoolId")
        .contains("use --force to write it anyway");
    assertThat(target).doesNotExist();

    out.getBuffer().setLength(0);
    assertThat(run("import", source.toString(), "--force")).isZero();
    assertThat(Files.readString(target)).contains("us-east-1-AbCdEf123");
    assertThat(out.toString())
        .contains("Wrote ./cogsh.json anyway (--force); it will not load until this is fixed:")
        .contains("userPoolId")
        .doesNotContain("Next: scripts/cogsh");
  }

  @Test
  void import_ofGen2Outputs_removesTheTrailingSlash_soLoadingDoesNotWarn() throws IOException {
    assertThat(run("import", fixture("amplify_outputs.json"), "--api", "myRestApi")).isZero();
    assertThat(Files.readString(env.cwd().resolve("cogsh.json")))
        .contains("\"apiUrl\": \"https://q1w2e3r4t5.execute-api.us-west-2.amazonaws.com/dev\"")
        .doesNotContain("/dev/\"");
    out.getBuffer().setLength(0);

    assertThat(run("show")).isZero();
    assertThat(out.toString()).doesNotContain("trailing");
  }

  @Test
  void import_dryRun_printsTheJsonAndWritesNothing() {
    assertThat(run("import", "-n", fixture("amplify_outputs-flat.json"), "-o", "out/c.json"))
        .isZero();
    assertThat(out.toString()).contains("\"userPoolId\": \"eu-central-1_Mn0Bv9Cx8\"");
    assertThat(env.cwd().resolve("out/c.json")).doesNotExist();
  }

  @Test
  void import_ofAnUnreadableFile_exitsTwoWithAHint() {
    assertThat(run("import", fixture("nope.js"))).isEqualTo(2);
    assertThat(err.toString())
        .contains("cogsh config import: ")
        .contains("nope.js does not exist")
        .contains("hint: give the path of the front end's src/config.js");
  }

  @Test
  void show_printsTheEffectiveConfigurationWithSources() throws IOException {
    run("import", fixture("tutorial-config.js"));
    out.getBuffer().setLength(0);
    assertThat(run("show")).isZero();
    assertThat(out.toString())
        .startsWith("Configuration from ./cogsh.json\n")
        .containsPattern("userPoolId +us-east-1_AbC123xyz +file ./cogsh.json");
  }

  @Test
  void main_listsTheConfigCommand() {
    StringWriter help = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(help, true));
    cli.execute("--help");
    assertThat(help.toString()).contains("config");
  }

  @Test
  void main_anUnknownSubcommand_pointsAtCogshHelp_once() {
    StringWriter errors = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(errors, true));
    assertThat(cli.execute("frobnicate")).isEqualTo(Main.USAGE);
    assertThat(errors.toString()).contains("Try 'cogsh --help'.").doesNotContain("cogsh cogsh");
  }

  @Test
  void main_aBadOptionOfASubcommand_pointsAtThatSubcommandsHelp() {
    StringWriter errors = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(errors, true));
    assertThat(cli.execute("config", "import", "--nope")).isEqualTo(Main.USAGE);
    assertThat(errors.toString()).contains("Try 'cogsh config import --help'.");
  }

  @Test
  void main_aMisspeltSubcommandOrOption_namesTheCloseOne() {
    StringWriter errors = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(errors, true));
    assertThat(cli.execute("creds", "exprot")).isEqualTo(Main.USAGE);
    assertThat(cli.execute("sandox")).isEqualTo(Main.USAGE);
    assertThat(cli.execute("run", "--keep-goin", "x.jsh")).isEqualTo(Main.USAGE);
    assertThat(cli.execute("frobnicate")).isEqualTo(Main.USAGE);
    assertThat(errors.toString())
        .contains("Did you mean 'cogsh creds export'?")
        .contains("Did you mean 'cogsh sandbox'?")
        .contains("Did you mean --keep-going?");
    // nothing close to 'frobnicate': no suggestion, only the pointer to the help
    assertThat(errors.toString().split("Did you mean", -1)).hasSize(4);
  }
}
