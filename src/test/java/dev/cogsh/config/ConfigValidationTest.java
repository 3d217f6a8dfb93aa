package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation message: the field, the bad value, where it came from, the expected form. */
class ConfigValidationTest {

  @TempDir Path dir;

  private ResolvedConfig loadEnv(Map<String, String> overrides) {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("COGSH_USER_POOL_ID", Fixtures.POOL);
    env.put("COGSH_APP_CLIENT_ID", Fixtures.CLIENT);
    env.put("COGSH_IDENTITY_POOL_ID", Fixtures.IDENTITY);
    env.put("COGSH_API_URL", Fixtures.API);
    env.putAll(overrides);
    return new ConfigLoader(Fixtures.environment(dir, env)).load(ConfigRequest.none());
  }

  private AbstractThrowableAssert<?, ? extends Throwable> failsWith(String variable, String value) {
    return assertThatThrownBy(() -> loadEnv(Map.of(variable, value)))
        .isInstanceOf(ConfigException.class);
  }

  private ResolvedConfig loadFile(String json) {
    Fixtures.write(dir.resolve("work/cogsh.json"), json);
    return new ConfigLoader(Fixtures.environment(dir, Map.of())).load(ConfigRequest.none());
  }

  @Test
  void userPoolId_withoutUnderscore_namesTheExpectedForm() {
    failsWith("COGSH_USER_POOL_ID", "us-east-1-AbC123xyz")
        .hasMessage(
            "userPoolId \"us-east-1-AbC123xyz\" (env COGSH_USER_POOL_ID) is not valid: expected"
                + " <region>_<id>, e.g. us-east-1_AbC123xyz; the region and the id are joined by"
                + " '_', not '-'")
        .satisfies(
            e ->
                assertThat(((ConfigException) e).hint())
                    .contains("\"Invalid UserPoolId format.\""));
  }

  @Test
  void userPoolId_withoutRegion_saysItMustStartWithTheRegion() {
    failsWith("COGSH_USER_POOL_ID", "AbC123xyz")
        .hasMessageEndingWith("; it must start with the pool's region");
  }

  @Test
  void userPoolId_thatIsAnIdentityPoolId_suggestsTheSwap() {
    failsWith("COGSH_USER_POOL_ID", Fixtures.IDENTITY)
        .hasMessageEndingWith(
            "; this is an identity pool id (<region>:<uuid>) — did you swap userPoolId and"
                + " identityPoolId?");
  }

  @Test
  void userPoolId_givenAsAnArn_pointsAtTheIdInside() {
    failsWith(
            "COGSH_USER_POOL_ID",
            "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123xyz")
        .hasMessageEndingWith(
            "; this is the pool's ARN — use the id at its end: us-east-1_AbC123xyz");
  }

  @Test
  void userPoolId_givenAsTheIssuerUrl_pointsAtTheIdInside() {
    failsWith(
            "COGSH_USER_POOL_ID", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyz")
        .hasMessageEndingWith(
            "; this is the pool's issuer URL — use the id at its end: us-east-1_AbC123xyz");
  }

  @Test
  void identityPoolId_withoutUuid_namesTheExpectedForm() {
    failsWith("COGSH_IDENTITY_POOL_ID", "us-east-1:notauuid")
        .hasMessage(
            "identityPoolId \"us-east-1:notauuid\" (env COGSH_IDENTITY_POOL_ID) is not valid:"
                + " expected <region>:<uuid>, e.g. us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
  }

  @Test
  void identityPoolId_inUpperCase_saysSo() {
    failsWith(
            "COGSH_IDENTITY_POOL_ID",
            Fixtures.IDENTITY.toUpperCase().replace("US-EAST-1", "us-east-1"))
        .hasMessageEndingWith("; the uuid must be lower case");
  }

  @Test
  void identityPoolId_thatIsAUserPoolId_suggestsTheSwap() {
    failsWith("COGSH_IDENTITY_POOL_ID", Fixtures.POOL)
        .hasMessageEndingWith(
            "; this is a user pool id (<region>_<id>) — did you swap userPoolId and"
                + " identityPoolId?");
  }

  @Test
  void region_thatDiffersFromTheUserPoolId_isAnError() {
    failsWith("COGSH_REGION", "us-west-2")
        .hasMessage(
            "region \"us-west-2\" (env COGSH_REGION) does not match the region in userPoolId"
                + " \"us-east-1_AbC123xyz\" (us-east-1): region is the user pool's region");
  }

  @Test
  void region_inUpperCase_isAnError() {
    failsWith("COGSH_REGION", "US-EAST-1")
        .hasMessage(
            "region \"US-EAST-1\" (env COGSH_REGION) is not valid: expected a region such as"
                + " us-east-1; regions are lower case");
  }

  @Test
  void identityPool_inAnotherRegion_isAWarningAboutNotFound() {
    ResolvedConfig resolved =
        loadEnv(Map.of("COGSH_IDENTITY_POOL_ID", "eu-west-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"));
    assertThat(resolved.warnings())
        .containsExactly(
            "identityPoolId is in eu-west-1 but userPoolId is in us-east-1: cogsh calls the"
                + " Identity Pool in eu-west-1; if GetId answers \"IdentityPool"
                + " 'eu-west-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d' not found\", the two ids are"
                + " from different projects or accounts");
  }

  @Test
  void apiRegion_thatDiffersFromTheApiHost_isAnError() {
    failsWith("COGSH_API_REGION", "us-west-2")
        .hasMessage(
            "apiRegion \"us-west-2\" (env COGSH_API_REGION) does not match the API host"
                + " ly55wbovq4.execute-api.us-east-1.amazonaws.com (us-east-1): API Gateway would"
                + " reject every signature (\"Credential should be scoped to a valid region\")");
  }

  @Test
  void apiUrl_withoutScheme_suggestsHttps() {
    failsWith("COGSH_API_URL", "ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod")
        .hasMessage(
            "apiUrl \"ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod\" (env COGSH_API_URL)"
                + " must be an absolute URL with a scheme and a host, like https://HOST/STAGE"
                + " (did you mean https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod?)");
  }

  @Test
  void apiUrl_withPlainHttpToARealHost_isAnError() {
    failsWith("COGSH_API_URL", "http://api.example.com/prod")
        .hasMessage(
            "apiUrl \"http://api.example.com/prod\" (env COGSH_API_URL) must use https: plain"
                + " http is allowed only for loopback hosts (localhost, 127.0.0.1, ::1)");
  }

  @Test
  void apiUrl_withPlainHttpToLoopback_isAllowed() {
    for (String url :
        new String[] {
          "http://127.0.0.1:41237/prod", "http://localhost:8080/x", "http://[::1]:9/y"
        }) {
      assertThat(loadEnv(Map.of("COGSH_API_URL", url)).config().orElseThrow().apiUrl())
          .hasToString(url);
    }
  }

  @Test
  void apiUrl_withAQuery_isAnError() {
    failsWith("COGSH_API_URL", Fixtures.API + "?x=1")
        .hasMessageEndingWith(
            "must not have a query or a fragment: it is the base that request paths are added to");
  }

  @Test
  void apiUrl_withAPathTemplate_isAnError() {
    failsWith("COGSH_API_URL", Fixtures.API + "/notes/{id}")
        .hasMessageContaining("contains a path template");
  }

  @Test
  void apiUrl_withAnotherScheme_isAnError() {
    failsWith("COGSH_API_URL", "ftp://example.com/x")
        .hasMessage("apiUrl \"ftp://example.com/x\" (env COGSH_API_URL) must use https, not ftp:");
  }

  @Test
  void apiUrl_trailingSlash_isRemovedAndSaid() {
    ResolvedConfig resolved = loadEnv(Map.of("COGSH_API_URL", Fixtures.API + "/"));
    assertThat(resolved.config().orElseThrow().apiUrl()).hasToString(Fixtures.API);
    assertThat(resolved.warnings())
        .containsExactly(
            "apiUrl \""
                + Fixtures.API
                + "/\" (env COGSH_API_URL): removed the trailing '/'"
                + " (request paths start with '/', as in api.get(\"/notes\"))");
  }

  @Test
  void apiUrl_withoutStage_isNoWarning_anHttpApisDefaultStageHasNone() {
    ResolvedConfig resolved =
        loadEnv(Map.of("COGSH_API_URL", "https://ly55wbovq4.execute-api.us-east-1.amazonaws.com"));
    assertThat(resolved.warnings()).isEmpty();
    assertThat(resolved.config().orElseThrow().apiUrl())
        .hasToString("https://ly55wbovq4.execute-api.us-east-1.amazonaws.com");
  }

  @Test
  void smartQuotes_inAnId_areDetected() {
    failsWith("COGSH_USER_POOL_ID", "“us-east-1_AbC123xyz”")
        .hasMessage(
            "userPoolId \"“us-east-1_AbC123xyz”\" (env COGSH_USER_POOL_ID) contains the character"
                + " “ (U+201C LEFT DOUBLE QUOTATION MARK, a quote) at position 1 — it was probably pasted from a document, a"
                + " chat or a web page");
  }

  @Test
  void invisibleSpace_inAnId_isDetected() {
    failsWith("COGSH_APP_CLIENT_ID", "4abcdefghij\u00A0klmnopqrstu1234")
        .hasMessageContaining(
            "contains an invisible character, U+00A0 NO-BREAK SPACE, at position 12 — it was"
                + " probably pasted");
  }

  @Test
  void typographicDash_inARegion_isDetected() {
    failsWith("COGSH_REGION", "us\u2011east\u20111")
        .hasMessageContaining(
            "contains the character \u2011 (U+2011 NON-BREAKING HYPHEN, a typographic dash) at"
                + " position 3");
  }

  @Test
  void surroundingWhitespace_isRemovedAndSaid() {
    ResolvedConfig resolved = loadEnv(Map.of("COGSH_USER_POOL_ID", "  " + Fixtures.POOL + "\n"));
    assertThat(resolved.config().orElseThrow().userPoolId()).isEqualTo(Fixtures.POOL);
    assertThat(resolved.warnings())
        .containsExactly("userPoolId (env COGSH_USER_POOL_ID): removed surrounding whitespace");
  }

  @Test
  void templatePlaceholder_isAnError() {
    failsWith("COGSH_IDENTITY_POOL_ID", "YOUR_IDENTITY_POOL_ID")
        .hasMessage(
            "identityPoolId \"YOUR_IDENTITY_POOL_ID\" (env COGSH_IDENTITY_POOL_ID) is still a"
                + " template placeholder (YOUR_IDENTITY_POOL_ID)");
  }

  @Test
  void secrets_neverAppearInMessages() {
    assertThatThrownBy(() -> loadFile(Fixtures.json("\"appClientSecret\": \"“abcdefsecretvalue\"")))
        .hasMessage(
            "appClientSecret **** (file ./cogsh.json) contains the character “ (U+201C LEFT"
                + " DOUBLE QUOTATION MARK, a quote) at position 1 — it was probably pasted from a document, a chat or a web page")
        .hasMessageNotContaining("abcdefsecretvalue");
  }

  @Test
  void severalProblems_areReportedTogether() {
    assertThatThrownBy(
            () ->
                loadEnv(
                    Map.of(
                        "COGSH_USER_POOL_ID", "bad",
                        "COGSH_API_URL", "http://api.example.com")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("2 problems in the configuration:\n  - userPoolId \"bad\"")
        .hasMessageContaining("\n  - apiUrl \"http://api.example.com\"")
        .satisfies(e -> assertThat(((ConfigException) e).problems()).hasSize(2));
  }

  @Test
  void malformedJson_isReportedWithLineAndColumn() {
    assertThatThrownBy(() -> loadFile("{\n  \"userPoolId\": \"x\"\n  \"apiUrl\": \"y\"\n}"))
        .hasMessage(
            "./cogsh.json is not valid JSON at line 3, column 3: Unexpected character ('\"' (code"
                + " 34)): was expecting comma to separate Object entries")
        .satisfies(
            e ->
                assertThat(((ConfigException) e).hint())
                    .isEqualTo(
                        "cogsh.json is strict JSON: keys and strings in double quotes, no"
                            + " comments, no trailing commas"));
  }

  @Test
  void commentsInJson_areNamed() {
    assertThatThrownBy(() -> loadFile("{\n  // my pool\n  \"userPoolId\": \"x\"\n}"))
        .hasMessage(
            "./cogsh.json is not valid JSON at line 2, column 3: comments are not allowed in JSON");
  }

  @Test
  void aValueOfTheWrongType_isAnError() {
    assertThatThrownBy(() -> loadFile("{ \"userPoolId\": 42 }"))
        .hasMessage("userPoolId in ./cogsh.json must be a string, found a number (42)");
  }

  @Test
  void aFileThatIsNotAnObject_isAnError() {
    assertThatThrownBy(() -> loadFile("[1, 2]"))
        .hasMessage("./cogsh.json must hold a JSON object ({ \"userPoolId\": … }), found an array");
  }

  @Test
  void anEmptyFile_isAnError() {
    assertThatThrownBy(() -> loadFile("  \n")).hasMessage("./cogsh.json is empty");
  }

  @Test
  void endpointOverride_overPlainHttpToARealHost_isAWarning() {
    ResolvedConfig resolved =
        loadFile(Fixtures.json("\"endpoints\": { \"cognitoIdp\": \"http://proxy.corp:8080\" }"));
    assertThat(resolved.warnings())
        .containsExactly(
            "endpoints.cognitoIdp \"http://proxy.corp:8080\" (file ./cogsh.json) uses plain http"
                + " to a host that is not loopback: tokens travel unencrypted");
  }

  @Test
  void appClientId_withPunctuation_isAnError() {
    failsWith("COGSH_APP_CLIENT_ID", "abc/def")
        .hasMessage(
            "appClientId \"abc/def\" (env COGSH_APP_CLIENT_ID) is not valid: expected letters and"
                + " digits, e.g. 4abcdefghijklmnopqrstu1234");
  }
}
