package dev.cogsh.config;

import static dev.cogsh.config.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigImporterTest {

  @TempDir Path dir;

  private ImportedConfig read(String name) {
    return new ConfigImporter(Fixtures.environment(dir, Map.of())).read(fixture(name));
  }

  @Test
  void foundValues_areListedInFieldOrder_everyRun() {
    // Map.copyOf iterates in an order salted per JVM: with eight fields, Field order by chance is
    // one run in 40 320, so this fails before the fix in practice every time.
    Map<Field, String> many = new LinkedHashMap<>();
    for (Field f :
        List.of(
            Field.AUTH_FLOW,
            Field.API_REGION,
            Field.SCOPES,
            Field.API_URL,
            Field.DOMAIN,
            Field.REGION,
            Field.API_AUTH,
            Field.USER_POOL_ID)) {
      many.put(f, "x");
    }
    ImportedConfig.Choice choice = new ImportedConfig.Choice("api", many);
    ImportedConfig found =
        new ImportedConfig(Path.of("c.js"), "test", many, List.of(choice), List.of());

    List<Field> inOrder = Arrays.stream(Field.values()).filter(many::containsKey).toList();
    assertThat(choice.values().keySet()).containsExactlyElementsOf(inOrder);
    assertThat(found.values().keySet()).containsExactlyElementsOf(inOrder);
  }

  @Test
  void tutorialConfigJs_readsCognitoAndApiGateway_andNotesWhatItIgnores() {
    ImportedConfig found = read("tutorial-config.js");
    assertThat(found.format()).isEqualTo("tutorial config.js");
    assertThat(found.values())
        .containsEntry(Field.REGION, "us-east-1")
        .containsEntry(Field.USER_POOL_ID, Fixtures.POOL)
        .containsEntry(Field.APP_CLIENT_ID, Fixtures.CLIENT)
        .containsEntry(Field.IDENTITY_POOL_ID, Fixtures.IDENTITY);
    assertThat(found.choices()).hasSize(1);
    assertThat(found.choices().get(0).values())
        .containsEntry(Field.API_URL, Fixtures.API)
        .containsEntry(Field.API_REGION, "us-east-1");
    assertThat(found.notes()).containsExactly("not used by cogsh: MAX_ATTACHMENT_SIZE, s3");
  }

  @Test
  void tutorialWithStageObjects_offersEachStage() {
    ImportedConfig found = read("tutorial-stages-config.js");
    assertThat(found.format()).isEqualTo("tutorial config.js with stages");
    assertThat(found.choiceNames()).containsExactly("dev", "prod");
    assertThat(found.choices().get(1).values())
        .containsEntry(Field.USER_POOL_ID, "us-east-1_Rq6Bc0Bs0")
        .containsEntry(Field.API_URL, "https://api.serverless-stack.seed-demo.club/prod");
    assertThat(found.notes().get(0)).isEqualTo("2 stages (one object each): dev, prod");
  }

  @Test
  void viteConfig_withOnlyBuildTimeValues_explainsWhyNothingCanBeImported() {
    assertThatThrownBy(() -> read("tutorial-vite-config.js"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no value cogsh can use")
        .hasMessageContaining(
            "cognito.USER_POOL_ID is `import.meta.env.VITE_USER_POOL_ID`, computed when the app"
                + " is built or run: not imported");
  }

  @Test
  void awsExports_readsPoolsAndEveryCloudLogicEndpoint() {
    ImportedConfig found = read("aws-exports.js");
    assertThat(found.format()).isEqualTo("Amplify aws-exports.js");
    assertThat(found.values())
        .containsEntry(Field.REGION, "eu-west-1")
        .containsEntry(Field.USER_POOL_ID, "eu-west-1_Zx9Yw8Vu7")
        .containsEntry(Field.APP_CLIENT_ID, "1h2g3f4e5d6c7b8a9z0y1x2w3v")
        .containsEntry(Field.IDENTITY_POOL_ID, "eu-west-1:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    assertThat(found.choiceNames()).containsExactly("notesApi", "adminApi", "billing api");
    assertThat(found.choices().get(1).values())
        .containsEntry(Field.API_URL, "https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com/dev")
        .containsEntry(Field.API_REGION, "eu-west-1");
  }

  @Test
  void awsExportsCommonJs_withUnquotedKeysAndSingleQuotes_isRead() {
    ImportedConfig found = read("aws-exports-commonjs.js");
    assertThat(found.values()).containsEntry(Field.USER_POOL_ID, "ap-southeast-2_Qw3Er4Ty5");
    assertThat(found.choices().get(0).values())
        .containsEntry(
            Field.API_URL, "https://z9y8x7w6v5.execute-api.ap-southeast-2.amazonaws.com/staging");
  }

  @Test
  void amplifyOutputs_readsAuthAndCustomApiEndpoints() {
    ImportedConfig found = read("amplify_outputs.json");
    assertThat(found.format()).isEqualTo("amplify_outputs.json");
    assertThat(found.values())
        .containsEntry(Field.REGION, "us-west-2")
        .containsEntry(Field.USER_POOL_ID, "us-west-2_Ab12Cd34E")
        .containsEntry(Field.APP_CLIENT_ID, "2k3j4h5g6f7d8s9a0q1w2e3r4t")
        .containsEntry(Field.IDENTITY_POOL_ID, "us-west-2:7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a");
    assertThat(found.choiceNames()).containsExactly("myRestApi", "reportsApi");
    assertThat(found.notes())
        .contains(
            "data.url (AppSync GraphQL) is not taken as apiUrl, which is for REST APIs: call it"
                + " with api.graphqlUrl(\"https://abcdefghijklmnopqrstuvwxyz.appsync-api.us-west-2"
                + ".amazonaws.com/graphql\") and api.graphql(query)");
  }

  @Test
  void amplifyOutputs_withFlatCustomKeys_findsTheEndpoint() {
    ImportedConfig found = read("amplify_outputs-flat.json");
    assertThat(found.choiceNames()).containsExactly("notes");
    assertThat(found.choices().get(0).values())
        .containsEntry(
            Field.API_URL, "https://h7g6f5e4d3.execute-api.eu-central-1.amazonaws.com/prod");
  }

  @Test
  void amplifyConfigureV6_inATypeScriptFile_isRead() {
    ImportedConfig found = read("amplify-configure-v6.ts");
    assertThat(found.format()).isEqualTo("Amplify.configure object");
    assertThat(found.values())
        .containsEntry(Field.USER_POOL_ID, "ca-central-1_Lk8Jh7Gf6")
        .containsEntry(Field.APP_CLIENT_ID, "6y7u8i9o0p1q2w3e4r5t6y7u8i");
    assertThat(found.choiceNames()).containsExactly("notes");
  }

  @Test
  void amplifyConfigureV5_endpointsArray_isRead() {
    Path file =
        Fixtures.write(
            dir.resolve("main.js"),
            "Amplify.configure(config);\nexport default {\n"
                + "  Auth: { region: 'us-east-1', userPoolId: 'us-east-1_AbC123xyz',"
                + " userPoolWebClientId: 'abc123' },\n"
                + "  API: { endpoints: [ { name: 'notes', endpoint:"
                + " 'https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod', region:"
                + " 'us-east-1' } ] },\n};\n");
    ImportedConfig found = new ConfigImporter(Fixtures.environment(dir, Map.of())).read(file);
    assertThat(found.values()).containsEntry(Field.APP_CLIENT_ID, "abc123");
    assertThat(found.choiceNames()).containsExactly("notes");
  }

  @Test
  void aFrontEndFolder_isSearchedForTheUsualFiles() {
    Path app = dir.resolve("notes-app-client");
    Fixtures.write(
        app.resolve("src/config.js"),
        "export default { cognito: { USER_POOL_ID: '" + Fixtures.POOL + "' } };");
    ImportedConfig found = new ConfigImporter(Fixtures.environment(dir, Map.of())).read(app);
    assertThat(found.source()).isEqualTo(app.resolve("src/config.js"));
  }

  @Test
  void placeholdersFromTheTemplate_areNotedAndSkipped() {
    Path file =
        Fixtures.write(
            dir.resolve("config.js"),
            "export default { cognito: { REGION: 'YOUR_COGNITO_REGION', USER_POOL_ID: '"
                + Fixtures.POOL
                + "' } };");
    ImportedConfig found = new ConfigImporter(Fixtures.environment(dir, Map.of())).read(file);
    assertThat(found.values()).doesNotContainKey(Field.REGION);
    assertThat(found.notes())
        .contains("cognito.REGION is still the placeholder \"YOUR_COGNITO_REGION\": not imported");
  }

  @Test
  void aFileWithoutCognitoSettings_saysWhichShapesAreExpected() {
    Path file = Fixtures.write(dir.resolve("other.js"), "export default { foo: 1 };");
    assertThatThrownBy(() -> new ConfigImporter(Fixtures.environment(dir, Map.of())).read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("found no Cognito settings in ../other.js")
        .hasMessageContaining("aws-exports.js (aws_user_pools_id, …)");
  }

  @Test
  void aMissingFile_isReported() {
    assertThatThrownBy(
            () ->
                new ConfigImporter(Fixtures.environment(dir, Map.of()))
                    .read(dir.resolve("nope.js")))
        .hasMessageEndingWith("nope.js does not exist");
  }
}
