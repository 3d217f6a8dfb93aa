package dev.cogsh.config;

import static dev.cogsh.config.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPlanTest {

  @TempDir Path dir;
  private Environment env;
  private ConfigImporter importer;
  private Path target;

  @BeforeEach
  void setUp() {
    env = Fixtures.environment(dir, Map.of());
    importer = new ConfigImporter(env);
    target = env.cwd().resolve("cogsh.json");
  }

  private ImportPlan plan(String fixture, String api, String profile, boolean force) {
    return importer.plan(
        importer.read(fixture(fixture)), new ImportOptions(target, api, profile, force));
  }

  @Test
  void newFile_isWrittenWithTheImportedValuesInDesignOrder() throws IOException {
    ImportPlan plan = plan("tutorial-config.js", null, null, false);
    assertThat(plan.conflicts()).isFalse();
    assertThat(plan.describe())
        .startsWith("Writing ./cogsh.json (new file):\n  + region: us-east-1");
    plan.write();
    assertThat(Files.readString(target))
        .isEqualTo(
            "{\n"
                + "  \"region\": \"us-east-1\",\n"
                + "  \"userPoolId\": \"us-east-1_AbC123xyz\",\n"
                + "  \"appClientId\": \"4abcdefghijklmnopqrstu1234\",\n"
                + "  \"identityPoolId\": \"us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d\",\n"
                + "  \"apiUrl\": \"https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod\",\n"
                + "  \"apiRegion\": \"us-east-1\"\n"
                + "}\n");
  }

  @Test
  void severalEndpoints_firstIsTheTopLevel_othersBecomeProfiles() throws IOException {
    ImportPlan plan = plan("aws-exports.js", null, null, false);
    assertThat(plan.chosen().name()).isEqualTo("notesApi");
    assertThat(plan.messages())
        .contains(
            "3 APIs found (notesApi, adminApi, billing api): using \"notesApi\" (the first);"
                + " choose another with --api NAME",
            "the API \"billing api\" becomes profile \"billing-api\" (/config use billing-api,"
                + " --profile billing-api)");
    plan.write();
    String text = Files.readString(target);
    assertThat(text)
        .contains(
            "  \"profiles\": {\n"
                + "    \"adminApi\": {\n"
                + "      \"apiUrl\": \"https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com/dev\"\n"
                + "    },");
  }

  @Test
  void apiOption_choosesTheTopLevelEndpoint_caseInsensitively() {
    ImportPlan plan = plan("aws-exports.js", "ADMINAPI", null, false);
    assertThat(plan.chosen().name()).isEqualTo("adminApi");
    assertThat(plan.changes())
        .contains(
            new ImportPlan.Change(
                "profiles.notesApi.apiUrl",
                null,
                "https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/dev",
                ImportPlan.Action.ADD));
  }

  @Test
  void unknownApiName_isAnErrorWithASuggestion() {
    assertThatThrownBy(() -> plan("aws-exports.js", "noteApi", null, false))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "no API named \"noteApi\" in aws-exports.js; found: notesApi, adminApi, billing api"
                + " — did you mean \"notesApi\"?");
  }

  @Test
  void sameValuesAlreadyInTheFile_areKept_andNothingIsWritten() throws IOException {
    plan("tutorial-config.js", null, null, false).write();
    long modified = Files.getLastModifiedTime(target).toMillis();
    ImportPlan again = plan("tutorial-config.js", null, null, false);
    assertThat(again.changes()).allMatch(c -> c.action() == ImportPlan.Action.KEEP);
    assertThat(again.changesAnything()).isFalse();
    assertThat(again.describe()).endsWith("./cogsh.json already has every imported value.\n");
    again.write();
    assertThat(Files.getLastModifiedTime(target).toMillis()).isEqualTo(modified);
  }

  @Test
  void differingValues_areConflicts_listedAndNeverWrittenWithoutForce() throws IOException {
    String before = Fixtures.json("\"username\": \"me@example.com\"").replace("prod\"", "dev\"");
    Fixtures.write(target, before);
    ImportPlan plan = plan("tutorial-config.js", null, null, false);
    assertThat(plan.conflicts()).isTrue();
    assertThat(plan.describe())
        .contains(
            "  ! apiUrl: the file has"
                + " https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/dev, the import has"
                + " https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod\n")
        .contains("  = userPoolId: us-east-1_AbC123xyz (unchanged)\n")
        .contains("Nothing written: 1 value(s) differ from the file.");
    assertThatThrownBy(plan::write)
        .isInstanceOf(ConfigException.class)
        .hasMessage("1 value(s) in ./cogsh.json differ from the import; nothing written");
    assertThat(Files.readString(target)).isEqualTo(before);
  }

  @Test
  void force_replacesDifferingValues_andKeepsTheRestOfTheFile() throws IOException {
    Fixtures.write(
        target, Fixtures.json("\"username\": \"me@example.com\"").replace("prod\"", "dev\""));
    ImportPlan plan = plan("tutorial-config.js", null, null, true);
    assertThat(plan.describe())
        .contains(
            "  ~ apiUrl: https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/dev →"
                + " https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod (replaced)");
    plan.write();
    String text = Files.readString(target);
    assertThat(text).contains("\"username\": \"me@example.com\"").contains("/prod\"");
  }

  @Test
  void existingProfile_withOtherValues_isAConflictToo() {
    Fixtures.write(
        target,
        "{ \"profiles\": { \"adminApi\": { \"apiUrl\": \"https://old.example.com/x\" } } }");
    ImportPlan plan = plan("aws-exports.js", null, null, false);
    assertThat(plan.changes())
        .contains(
            new ImportPlan.Change(
                "profiles.adminApi.apiUrl",
                "https://old.example.com/x",
                "https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com/dev",
                ImportPlan.Action.CONFLICT));
  }

  @Test
  void profileOption_writesIntoThatProfile_leavingTheTopLevelAlone() throws IOException {
    Fixtures.write(target, Fixtures.json());
    ImportPlan plan = plan("amplify_outputs-flat.json", null, "staging", false);
    assertThat(plan.conflicts()).isFalse();
    plan.write();
    ResolvedConfig staging =
        new ConfigLoader(env).load(ConfigRequest.none().withProfile("staging"));
    assertThat(staging.config().orElseThrow().userPoolId()).isEqualTo("eu-central-1_Mn0Bv9Cx8");
    ResolvedConfig top = new ConfigLoader(env).load(ConfigRequest.none());
    assertThat(top.config().orElseThrow().userPoolId()).isEqualTo(Fixtures.POOL);
  }

  @Test
  void malformedExistingFile_isReportedAndLeftAlone() throws IOException {
    Fixtures.write(target, "{ \"userPoolId\": \"x\", }");
    assertThatThrownBy(() -> plan("tutorial-config.js", null, null, false))
        .hasMessage(
            "./cogsh.json is not valid JSON at line 1, column 22: Unexpected character ('}' (code"
                + " 125)): was expecting double-quote to start field name (a trailing comma, or a"
                + " key without double quotes?)");
    assertThat(Files.readString(target)).isEqualTo("{ \"userPoolId\": \"x\", }");
  }

  @Test
  void write_leavesNoTemporaryFilesBehind_andTheNewFileIsOwnerOnly() throws IOException {
    plan("tutorial-config.js", null, null, false).write();
    try (var files = Files.list(env.cwd())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .isEqualTo(List.of("cogsh.json"));
    }
    if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(target)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void problemsTheResultWouldHave_arePartOfThePlan() {
    Path file =
        Fixtures.write(
            dir.resolve("config.js"),
            "export default { cognito: { REGION: 'us-west-2', USER_POOL_ID: '"
                + Fixtures.POOL
                + "' } };");
    ImportPlan plan =
        importer.plan(importer.read(file), new ImportOptions(target, null, null, false));
    assertThat(plan.messages())
        .anyMatch(m -> m.startsWith("after the import, loading would fail: region \"us-west-2\""));
  }
}
