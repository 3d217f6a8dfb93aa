package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apiAuth}, {@code apiKey}, {@code apiAuthHeader}: read, validated by field, masked. */
class ApiAuthConfigTest {

  @TempDir Path dir;

  private ResolvedConfig load(Map<String, String> env, String... fields) {
    Fixtures.write(dir.resolve("work/cogsh.json"), Fixtures.json(fields));
    return new ConfigLoader(Fixtures.environment(dir, env)).load(ConfigRequest.none());
  }

  @Test
  void notConfigured_isIam_withoutKey_inAuthorization() {
    ApiAuthSettings settings = load(Map.of()).config().orElseThrow().apiAuth();
    assertThat(settings).isEqualTo(ApiAuthSettings.DEFAULT);
    assertThat(settings.mode()).isEqualTo(ApiAuth.IAM);
    assertThat(settings.tokenHeader()).isEqualTo("Authorization");
  }

  @Test
  void fileFields_becomeTheSettings_andTheKeyIsMaskedEverywhere() {
    ResolvedConfig resolved =
        load(
            Map.of(),
            "\"apiAuth\": \"idToken\"",
            "\"apiKey\": \"k3y-0123456789abcdefghij\"",
            "\"apiAuthHeader\": \"X-Id-Token\"");
    Config config = resolved.config().orElseThrow();
    assertThat(config.apiAuth().mode()).isEqualTo(ApiAuth.ID_TOKEN);
    assertThat(config.apiAuth().apiKey()).isEqualTo("k3y-0123456789abcdefghij");
    assertThat(config.apiAuth().tokenHeader()).isEqualTo("X-Id-Token");
    assertThat(config.toString()).contains("mode=idToken").doesNotContain("k3y-0123");
    assertThat(Field.API_KEY.secret()).isTrue();
    assertThat(ConfigTable.value(config, Field.API_AUTH)).isEqualTo("idToken");
    assertThat(Field.API_KEY.display(ConfigTable.value(config, Field.API_KEY))).isEqualTo("****");
  }

  @Test
  void environment_setsModeAndKey() {
    Config config =
        load(Map.of("COGSH_API_AUTH", "accessToken", "COGSH_API_KEY", "env-key-0123456789abcd"))
            .config()
            .orElseThrow();
    assertThat(config.apiAuth().mode()).isEqualTo(ApiAuth.ACCESS_TOKEN);
    assertThat(config.apiAuth().apiKey()).isEqualTo("env-key-0123456789abcd");
  }

  @Test
  void modes_parseByKeyOrConstantName_inAnyCase() {
    assertThat(ApiAuth.parse("ID_TOKEN")).contains(ApiAuth.ID_TOKEN);
    assertThat(ApiAuth.parse("accesstoken")).contains(ApiAuth.ACCESS_TOKEN);
    assertThat(ApiAuth.parse("api-key")).contains(ApiAuth.API_KEY);
    assertThat(ApiAuth.parse("none")).contains(ApiAuth.NONE);
    assertThat(ApiAuth.parse("cognito")).isEmpty();
  }

  @Test
  void unknownMode_isAnError_namingTheFieldAndTheModes() {
    assertThatThrownBy(() -> load(Map.of(), "\"apiAuth\": \"cognito\""))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("apiAuth 'cognito'")
        .satisfies(
            e ->
                assertThat(((ConfigException) e).hint())
                    .contains("iam, idToken, accessToken, apiKey, none"));
  }

  @Test
  void apiKeyMode_withoutAKey_isAnError() {
    assertThatThrownBy(() -> load(Map.of(), "\"apiAuth\": \"apiKey\""))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("apiAuth is apiKey but apiKey is not set")
        .satisfies(e -> assertThat(((ConfigException) e).hint()).contains("COGSH_API_KEY"));
  }

  @Test
  void keyWithASpace_isAnError_thatDoesNotPrintTheKey() {
    assertThatThrownBy(() -> load(Map.of(), "\"apiKey\": \"half of a key\""))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("apiKey has spaces")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("half of a key"));
  }

  @Test
  void headerTheTokenCannotGoIn_isAnError() {
    assertThatThrownBy(() -> load(Map.of(), "\"apiAuthHeader\": \"X-Amz-Date\""))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("apiAuthHeader 'X-Amz-Date' cannot carry the token");
    assertThatThrownBy(() -> load(Map.of(), "\"apiAuthHeader\": \"Bad Header\""))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("apiAuthHeader");
  }
}
