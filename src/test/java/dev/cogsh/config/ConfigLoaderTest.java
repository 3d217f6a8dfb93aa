package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static final String OTHER_POOL = "us-east-1_Other999";

  @TempDir Path dir;

  private ResolvedConfig load(Map<String, String> env, ConfigRequest request) {
    return new ConfigLoader(Fixtures.environment(dir, env)).load(request);
  }

  private Path project(String json) {
    return Fixtures.write(dir.resolve("work/cogsh.json"), json);
  }

  private Path user(String json) {
    return Fixtures.write(dir.resolve("home/.config/cogsh/config.json"), json);
  }

  @Test
  void nothingConfigured_asksForTheSandbox_andSaysWhereItLooked() {
    ResolvedConfig resolved = load(Map.of(), ConfigRequest.none());
    assertThat(resolved.useSandbox()).isTrue();
    assertThat(resolved.config()).isEmpty();
    assertThat(resolved.describe())
        .startsWith(
            "No configuration in use (no user pool, identity pool or API is configured): the"
                + " built-in sandbox provides it.\n"
                + "Looked for: flags, COGSH_* environment variables, ./cogsh.json,"
                + " ~/.config/cogsh/config.json\n");
  }

  @Test
  void projectFile_winsOverTheUserFile() {
    project(Fixtures.json());
    user(Fixtures.json().replace(Fixtures.POOL, OTHER_POOL));
    ResolvedConfig resolved = load(Map.of(), ConfigRequest.none());
    assertThat(resolved.config().orElseThrow().userPoolId()).isEqualTo(Fixtures.POOL);
    assertThat(resolved.origins().get("userPoolId")).hasToString("file ./cogsh.json");
  }

  @Test
  void userFile_isUsedWhenThereIsNoProjectFile() {
    user(Fixtures.json());
    ResolvedConfig resolved = load(Map.of(), ConfigRequest.none());
    assertThat(resolved.origins().get("userPoolId"))
        .hasToString("file ~/.config/cogsh/config.json");
  }

  @Test
  void xdgConfigHome_movesTheUserFile() {
    Fixtures.write(dir.resolve("xdg/cogsh/config.json"), Fixtures.json());
    ResolvedConfig resolved =
        load(Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString()), ConfigRequest.none());
    assertThat(resolved.file()).contains(dir.resolve("xdg/cogsh/config.json"));
  }

  @Test
  void configFlag_replacesTheSearch() {
    project(Fixtures.json().replace(Fixtures.POOL, OTHER_POOL));
    Path explicit = Fixtures.write(dir.resolve("work/stage/other.json"), Fixtures.json());
    ResolvedConfig resolved = load(Map.of(), ConfigRequest.none().withConfigFile(explicit));
    assertThat(resolved.config().orElseThrow().userPoolId()).isEqualTo(Fixtures.POOL);
    assertThat(resolved.origins().get("userPoolId")).hasToString("file ./stage/other.json");
  }

  @Test
  void configFlag_namingAMissingFile_isAnError() {
    assertThatThrownBy(() -> load(Map.of(), ConfigRequest.none().withConfigFile(Path.of("x.json"))))
        .isInstanceOf(ConfigException.class)
        .hasMessage("./x.json does not exist");
  }

  @Test
  void configFile_notInUtf8_isNamedAsSuch_withTheLineOfTheBadByte() throws IOException {
    Path file = project(Fixtures.json("\"username\": \"caf\u00e9@example.com\""));
    // The same text saved as Latin-1: the é (line 5, after "{" and three fields) is one byte 0xE9.
    Files.write(file, Files.readString(file).getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> load(Map.of(), ConfigRequest.none()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("./cogsh.json is not UTF-8 text: byte 0xE9 at line 5 ")
        .hasMessageNotContaining("Input length")
        .satisfies(
            e -> assertThat(((ConfigException) e).hint()).contains("save the file as UTF-8"));
  }

  @Test
  void environment_winsOverTheFile_andFlags_winOverTheEnvironment() {
    project(Fixtures.json("\"username\": \"file@example.com\""));
    Map<String, String> env =
        Map.of("COGSH_USERNAME", "env@example.com", "COGSH_USER_POOL_ID", OTHER_POOL);
    ResolvedConfig resolved =
        load(env, ConfigRequest.none().with(Field.USERNAME, "flag@example.com"));
    Config config = resolved.config().orElseThrow();
    assertThat(config.username()).isEqualTo("flag@example.com");
    assertThat(config.userPoolId()).isEqualTo(OTHER_POOL);
    assertThat(resolved.origins().get("username")).hasToString("flag");
    assertThat(resolved.origins().get("userPoolId")).hasToString("env COGSH_USER_POOL_ID");
    assertThat(resolved.origins().get("appClientId")).hasToString("file ./cogsh.json");
  }

  @Test
  void everyDocumentedVariable_isRead() {
    Map<String, String> env = new HashMap<>();
    env.put("COGSH_REGION", "us-east-1");
    env.put("COGSH_USER_POOL_ID", Fixtures.POOL);
    env.put("COGSH_APP_CLIENT_ID", Fixtures.CLIENT);
    env.put("COGSH_IDENTITY_POOL_ID", Fixtures.IDENTITY);
    env.put("COGSH_API_URL", Fixtures.API);
    env.put("COGSH_API_REGION", "us-east-1");
    env.put("COGSH_USERNAME", "me@example.com");
    env.put("COGSH_PASSWORD", "s3cret pass");
    ResolvedConfig resolved = load(env, ConfigRequest.none());
    assertThat(resolved.config().orElseThrow())
        .isEqualTo(
            new Config(
                "us-east-1",
                Fixtures.POOL,
                Fixtures.CLIENT,
                null,
                Fixtures.IDENTITY,
                URI.create(Fixtures.API),
                "us-east-1",
                null,
                "me@example.com",
                "s3cret pass",
                null,
                null,
                null,
                null));
    assertThat(resolved.warnings()).isEmpty();
  }

  @Test
  void emptyVariables_countAsUnset() {
    project(Fixtures.json());
    ResolvedConfig resolved = load(Map.of("COGSH_USER_POOL_ID", ""), ConfigRequest.none());
    assertThat(resolved.config().orElseThrow().userPoolId()).isEqualTo(Fixtures.POOL);
  }

  @Test
  void regions_defaultFromThePoolIdsAndTheApiHost_andSaySo() {
    project(Fixtures.json());
    ResolvedConfig resolved = load(Map.of(), ConfigRequest.none());
    assertThat(resolved.config().orElseThrow().region()).isEqualTo("us-east-1");
    assertThat(resolved.origins().get("region")).hasToString("default (from userPoolId)");
    assertThat(resolved.origins().get("apiRegion")).hasToString("default (from apiUrl)");
    assertThat(resolved.origins().get("apiService")).hasToString("default (execute-api)");
  }

  @Test
  void apiRegion_ofACustomDomain_defaultsToTheRegion() {
    project(Fixtures.json().replace(Fixtures.API, "https://api.example.com/v1"));
    ResolvedConfig resolved = load(Map.of(), ConfigRequest.none());
    assertThat(resolved.config().orElseThrow().apiRegion()).isEqualTo("us-east-1");
    assertThat(resolved.origins().get("apiRegion")).hasToString("default (from region)");
  }

  private static final String WITH_PROFILES =
      Fixtures.json(
          "\"profiles\": { \"dev\": { \"apiUrl\":"
              + " \"https://dev0000001.execute-api.us-east-1.amazonaws.com/dev\" },"
              + " \"prod\": { \"userPoolId\": \"us-east-1_Other999\" } }");

  @Test
  void profileFlag_laysTheProfileOverTheFile() {
    project(WITH_PROFILES);
    ResolvedConfig resolved = load(Map.of(), ConfigRequest.none().withProfile("dev"));
    Config config = resolved.config().orElseThrow();
    assertThat(config.apiUrl().getPath()).isEqualTo("/dev");
    assertThat(config.userPoolId()).isEqualTo(Fixtures.POOL);
    assertThat(resolved.origins().get("apiUrl")).hasToString("profile dev (./cogsh.json)");
    assertThat(resolved.profile()).contains("dev");
    assertThat(resolved.profiles()).containsExactly("dev", "prod");
  }

  @Test
  void profileVariable_selectsAProfile_andTheFlagWinsOverIt() {
    project(WITH_PROFILES);
    assertThat(load(Map.of("COGSH_PROFILE", "prod"), ConfigRequest.none()).profile())
        .contains("prod");
    assertThat(
            load(Map.of("COGSH_PROFILE", "prod"), ConfigRequest.none().withProfile("dev"))
                .profile())
        .contains("dev");
  }

  @Test
  void environment_stillWinsOverTheProfile() {
    project(WITH_PROFILES);
    ResolvedConfig resolved =
        load(Map.of("COGSH_USER_POOL_ID", Fixtures.POOL), ConfigRequest.none().withProfile("prod"));
    assertThat(resolved.config().orElseThrow().userPoolId()).isEqualTo(Fixtures.POOL);
  }

  @Test
  void withProfile_switchesLikeConfigUse_andNullReturnsToTheTopLevel() {
    project(WITH_PROFILES);
    ResolvedConfig base = load(Map.of("COGSH_PROFILE", "dev"), ConfigRequest.none());
    ResolvedConfig prod = base.withProfile("prod");
    assertThat(prod.config().orElseThrow().userPoolId()).isEqualTo(OTHER_POOL);
    ResolvedConfig top = prod.withProfile(null);
    assertThat(top.profile()).isEmpty();
    assertThat(top.config().orElseThrow().apiUrl()).isEqualTo(URI.create(Fixtures.API));
  }

  @Test
  void unknownProfile_isAnError_listingTheProfilesWithASuggestion() {
    project(WITH_PROFILES);
    assertThatThrownBy(() -> load(Map.of(), ConfigRequest.none().withProfile("prd")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "profile \"prd\" (selected by flag --profile) is not in ./cogsh.json; its profiles:"
                + " dev, prod — did you mean \"prod\"?");
  }

  @Test
  void profileWithoutAnyFile_isAnError() {
    assertThatThrownBy(() -> load(Map.of("COGSH_PROFILE", "prod"), ConfigRequest.none()))
        .hasMessage(
            "profile \"prod\" (selected by env COGSH_PROFILE) needs a configuration file, and none"
                + " was found (looked for ./cogsh.json, ~/.config/cogsh/config.json)");
  }

  @Test
  void sandboxFlag_winsOverEverything() {
    project(Fixtures.json());
    ResolvedConfig resolved = load(Map.of(), ConfigRequest.none().withSandbox(true));
    assertThat(resolved.useSandbox()).isTrue();
    assertThat(resolved.describe()).startsWith("No configuration in use (--sandbox was given)");
  }

  @Test
  void sandbox_keepsAUsernameAndPasswordFromTheEnvironment() {
    ResolvedConfig resolved =
        load(
            Map.of("COGSH_USERNAME", "bob@example.com", "COGSH_PASSWORD", "pw"),
            ConfigRequest.none());
    assertThat(resolved.useSandbox()).isTrue();
    Config sandbox =
        Config.builder()
            .region("us-east-1")
            .userPoolId("us-east-1_sandbox")
            .appClientId("c")
            .username("demo")
            .build();
    Config overlaid = resolved.overlay(sandbox);
    assertThat(overlaid.username()).isEqualTo("bob@example.com");
    assertThat(overlaid.password()).isEqualTo("pw");
    assertThat(overlaid.userPoolId()).isEqualTo("us-east-1_sandbox");
    assertThat(resolved.describe())
        .contains("username  bob@example.com  env COGSH_USERNAME")
        .contains("password  ****             env COGSH_PASSWORD")
        .doesNotContain("apiService");
  }

  @Test
  void describe_showsEveryValueWithItsSource_andMasksSecrets() {
    project(Fixtures.json("\"appClientSecret\": \"topsecretclientsecret\""));
    ResolvedConfig resolved =
        load(Map.of("COGSH_PASSWORD", "hunter2hunter2"), ConfigRequest.none());
    String table = resolved.describe();
    assertThat(table)
        .startsWith("Configuration from ./cogsh.json\n")
        .contains("  userPoolId                 us-east-1_AbC123xyz")
        .containsPattern("appClientSecret +\\*\\*\\*\\* +file ./cogsh.json")
        .containsPattern("password +\\*\\*\\*\\* +env COGSH_PASSWORD")
        .containsPattern("region +us-east-1 +default \\(from userPoolId\\)")
        .doesNotContain("topsecretclientsecret")
        .doesNotContain("hunter2");
    assertThat(resolved.toString()).isEqualTo(table);
  }

  @Test
  void unknownKeys_areWarnedWithDidYouMean() {
    project(
        Fixtures.json(
            "\"userPoolID\": \"x\"",
            "\"regoin\": \"us-east-1\"",
            "\"endpoints\": { \"cognitoIdpp\": null }",
            "\"colour\": \"blue\""));
    assertThat(load(Map.of(), ConfigRequest.none()).warnings())
        .containsExactly(
            "./cogsh.json: unknown key \"userPoolID\" (ignored) — did you mean \"userPoolId\"?",
            "./cogsh.json: unknown key \"regoin\" (ignored) — did you mean \"region\"?",
            "./cogsh.json: unknown key \"endpoints.cognitoIdpp\" (ignored) — did you mean"
                + " \"endpoints.cognitoIdp\"?",
            "./cogsh.json: unknown key \"colour\" (ignored); known keys: region, userPoolId,"
                + " appClientId, appClientSecret, identityPoolId, apiUrl, apiRegion, apiService,"
                + " username, password, domain, redirectUri, logoutUri, scopes,"
                + " identityProviders, apiAuth, apiKey, apiAuthHeader, authFlow, endpoints, profiles");
  }

  @Test
  void unknownKeysInAProfile_areWarnedWithTheirPath() {
    project(Fixtures.json("\"profiles\": { \"dev\": { \"apiURL\": \"x\" } }"));
    assertThat(load(Map.of(), ConfigRequest.none()).warnings())
        .containsExactly(
            "./cogsh.json: unknown key \"profiles.dev.apiURL\" (ignored) — did you mean"
                + " \"profiles.dev.apiUrl\"?");
  }

  @Test
  void endpointOverrides_areRead() {
    project(
        Fixtures.json(
            "\"endpoints\": { \"cognitoIdp\": \"http://127.0.0.1:4566\", \"cognitoIdentity\":"
                + " \"http://localhost:4566/\" }"));
    Config config = load(Map.of(), ConfigRequest.none()).config().orElseThrow();
    assertThat(config.endpoints())
        .isEqualTo(
            new Config.Endpoints(
                URI.create("http://127.0.0.1:4566"), URI.create("http://localhost:4566")));
  }

  @Test
  void missingFields_areWarnings_notErrors() {
    ResolvedConfig resolved = load(Map.of("COGSH_API_URL", Fixtures.API), ConfigRequest.none());
    assertThat(resolved.useSandbox()).isFalse();
    assertThat(resolved.warnings())
        .contains(
            "identityPoolId is not set: creds.get() needs it for temporary credentials (set it in"
                + " cogsh.json or COGSH_IDENTITY_POOL_ID)");
  }
}
