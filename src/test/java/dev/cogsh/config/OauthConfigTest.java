package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Managed-login settings: read from cogsh.json, validated by field, imported from Amplify. */
class OauthConfigTest {

  @TempDir Path dir;

  private ResolvedConfig loadFile(String json) {
    Fixtures.write(dir.resolve("work/cogsh.json"), json);
    return new ConfigLoader(Fixtures.environment(dir, Map.of())).load(ConfigRequest.none());
  }

  @Test
  void cogshJson_managedLoginFields_becomeOauthSettings() {
    ResolvedConfig resolved =
        loadFile(
            Fixtures.json(
                "\"domain\": \"https://notes-dev.auth.us-east-1.amazoncognito.com\"",
                "\"redirectUri\": \"http://localhost:9999/cb\"",
                "\"logoutUri\": \"http://localhost:9999/bye\"",
                "\"scopes\": [\"openid\", \"email\", \"notes/read\"]",
                "\"identityProviders\": [\"Google\"]"));
    OauthSettings oauth = resolved.config().orElseThrow().oauth();
    assertThat(oauth.domain())
        .isEqualTo(URI.create("https://notes-dev.auth.us-east-1.amazoncognito.com"));
    assertThat(oauth.redirectUri()).isEqualTo(URI.create("http://localhost:9999/cb"));
    assertThat(oauth.logoutUri()).isEqualTo(URI.create("http://localhost:9999/bye"));
    assertThat(oauth.scopes()).containsExactly("openid", "email", "notes/read");
    assertThat(oauth.identityProviders()).containsExactly("Google");
    assertThat(oauth.endpoint("/oauth2/token").toString())
        .isEqualTo("https://notes-dev.auth.us-east-1.amazoncognito.com/oauth2/token");
  }

  @Test
  void domainOnly_usesCogshDefaults() {
    OauthSettings oauth =
        loadFile(Fixtures.json("\"domain\": \"notes-dev.auth.us-east-1.amazoncognito.com\""))
            .config()
            .orElseThrow()
            .oauth();
    assertThat(oauth.domain().toString()).startsWith("https://notes-dev.auth.");
    assertThat(oauth.redirectUri()).isEqualTo(OauthSettings.DEFAULT_REDIRECT);
    assertThat(oauth.scopes()).containsExactly("openid", "email", "profile");
  }

  @Test
  void noManagedLoginFields_meansNoOauthSettings() {
    assertThat(loadFile(Fixtures.json()).config().orElseThrow().oauth()).isNull();
  }

  @Test
  void httpRedirectThatIsNotLoopback_isRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                loadFile(
                    Fixtures.json(
                        "\"domain\": \"https://x.auth.us-east-1.amazoncognito.com\"",
                        "\"redirectUri\": \"http://app.example.com/callback\"")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("redirectUri")
        .hasMessageContaining("http redirect that is not loopback");
  }

  @Test
  void redirectWithoutPort_andPlainHttpDomain_areRefused() {
    assertThatThrownBy(
            () ->
                loadFile(
                    Fixtures.json(
                        "\"domain\": \"http://x.auth.us-east-1.amazoncognito.com\"",
                        "\"redirectUri\": \"http://localhost/callback\"")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("domain")
        .hasMessageContaining("must use https")
        .hasMessageContaining("redirectUri")
        .hasMessageContaining("has no port");
  }

  @Test
  void scopesAsAnArrayOfNonStrings_isATypeProblem() {
    assertThatThrownBy(
            () ->
                loadFile(
                    Fixtures.json(
                        "\"domain\": \"https://x.auth.us-east-1.amazoncognito.com\"",
                        "\"scopes\": [1, 2]")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("scopes");
  }

  @Test
  void scopesWithoutOpenid_warns() {
    ResolvedConfig resolved =
        loadFile(
            Fixtures.json(
                "\"domain\": \"https://x.auth.us-east-1.amazoncognito.com\"",
                "\"scopes\": \"email profile\""));
    assertThat(resolved.warnings()).anySatisfy(w -> assertThat(w).contains("no \"openid\""));
  }

  @Test
  void awsExports_oauthBlock_isImported() {
    Path file =
        Fixtures.write(
            dir.resolve("aws-exports.js"),
            "const awsmobile = { aws_project_region: 'us-east-1', aws_user_pools_id: '"
                + Fixtures.POOL
                + "', oauth: { domain: 'notes-dev.auth.us-east-1.amazoncognito.com',"
                + " scope: ['openid', 'email'], redirectSignIn: 'https://app.example.com/,"
                + "http://localhost:3000/', redirectSignOut: 'http://localhost:3000/',"
                + " responseType: 'code' } };\nexport default awsmobile;\n");
    ImportedConfig found = new ConfigImporter(Fixtures.environment(dir, Map.of())).read(file);
    assertThat(found.values())
        .containsEntry(Field.DOMAIN, "https://notes-dev.auth.us-east-1.amazoncognito.com")
        .containsEntry(Field.SCOPES, "openid email")
        .containsEntry(Field.REDIRECT_URI, "http://localhost:3000/")
        .containsEntry(Field.LOGOUT_URI, "http://localhost:3000/");
  }

  @Test
  void amplifyOutputs_authOauth_isImportedWithCognitoProviderNames() {
    Path file =
        Fixtures.write(
            dir.resolve("amplify_outputs.json"),
            "{\"version\": \"1.3\", \"auth\": {\"aws_region\": \"us-east-1\", \"user_pool_id\": \""
                + Fixtures.POOL
                + "\", \"oauth\": {\"identity_providers\": [\"GOOGLE\", \"MyOidc\"],"
                + " \"domain\": \"notes.auth.us-east-1.amazoncognito.com\","
                + " \"scopes\": [\"openid\", \"profile\"],"
                + " \"redirect_sign_in_uri\": [\"https://app.example.com/\"],"
                + " \"redirect_sign_out_uri\": [\"http://localhost:8765/signed-out\"],"
                + " \"response_type\": \"code\"}}}");
    ImportedConfig found = new ConfigImporter(Fixtures.environment(dir, Map.of())).read(file);
    assertThat(found.values())
        .containsEntry(Field.DOMAIN, "https://notes.auth.us-east-1.amazoncognito.com")
        .containsEntry(Field.SCOPES, "openid profile")
        .containsEntry(Field.IDENTITY_PROVIDERS, "Google MyOidc")
        .containsEntry(Field.LOGOUT_URI, "http://localhost:8765/signed-out")
        .doesNotContainKey(Field.REDIRECT_URI);
    assertThat(found.notes())
        .anySatisfy(n -> assertThat(n).contains("register http://localhost:8765/callback"));
  }
}
