package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a recording writes for a snippet: the history filter's secret literals, each replaced by a
 * {@code param("NAME")} named after why it is a secret. One table of what users type.
 */
class SecretLiteralRewritingTest {

  static Stream<Arguments> snippets() {
    return Stream.of(
        row(
            "auth.login(\"demo@example.com\", \"Passw0rd!\")",
            "auth.login(\"demo@example.com\", param(\"PASSWORD\"))"),
        row(
            "auth.loginWithPassword(\"ada\", \"pw\" + suffix)",
            "auth.loginWithPassword(\"ada\", param(\"PASSWORD\") + suffix)"),
        row("auth.newPassword(\"N3w-Passw0rd!\")", "auth.newPassword(param(\"NEW_PASSWORD\"))"),
        row("auth.totp(\"JBSWY3DPEHPK3PXP\")", "auth.totp(param(\"TOTP_SECRET\"))"),
        row(
            "creds.use(\"AKIAIOSFODNN7EXAMPLE\", \"wJalrXUtnFEMI/K7MDENG\", \"IQoJb3JpZ2luX2Vj\")",
            "creds.use(param(\"ACCESS_KEY_ID\"), param(\"SECRET_KEY\"), param(\"SESSION_TOKEN\"))"),
        row("String password = \"hunter2\";", "String password = param(\"PASSWORD\");"),
        row("var pw = \"hunter2\";", "var pw = param(\"PW\");"),
        row(
            "Map.of(\"username\", \"ada\", \"password\", \"hunter2\")",
            "Map.of(\"username\", \"ada\", \"password\", param(\"PASSWORD\"))"),
        row(
            "var t = \"eyJraWQiOiJ0ZXN0In0.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl\"",
            "var t = param(\"TOKEN\")"),
        row("api.get(\"/callback?token=abc123\")", "api.get(param(\"TOKEN\"))"),
        row(
            "api.post(\"/notes\", Map.of(\"content\", \"hello\"))",
            "api.post(\"/notes\", Map.of(\"content\", \"hello\"))"),
        row(
            "// auth.login(\"u\", \"pw\") in a comment\nauth.login()",
            "// auth.login(\"u\", \"pw\") in a comment\nauth.login()"));
  }

  private static Arguments row(String snippet, String recorded) {
    return Arguments.of(snippet, recorded);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("snippets")
  void rewrite_replacesEachSecretLiteralWithANamedParam(String snippet, String recorded) {
    assertThat(new SecretLiteralRewriter(SecretLiteralFilter::find).rewrite(snippet).source())
        .isEqualTo(recorded);
  }

  @Test
  void find_givesThePositionsOfTheWholeLiterals() {
    String snippet = "auth.login(\"u\", \"pw\")";

    List<SecretLiteral> found = SecretLiteralFilter.find(snippet);

    assertThat(found)
        .singleElement()
        .satisfies(
            literal -> {
              assertThat(snippet.substring(literal.start(), literal.end())).isEqualTo("\"pw\"");
              assertThat(literal.name()).isEqualTo("password");
            });
  }

  @Test
  void find_andCarriesSecret_agree() {
    snippetsOfTheHistoryTable()
        .forEach(
            snippet ->
                assertThat(SecretLiteralFilter.find(snippet).isEmpty())
                    .as(snippet)
                    .isEqualTo(!SecretLiteralFilter.carriesSecret(snippet)));
  }

  private static Stream<String> snippetsOfTheHistoryTable() {
    return SecretLiteralFilterTest.snippets().map(arguments -> (String) arguments.get()[0]);
  }
}
