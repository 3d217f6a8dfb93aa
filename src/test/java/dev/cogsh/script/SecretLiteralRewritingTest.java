package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.human.Redactor;
import dev.cogsh.human.SecretKind;
import dev.cogsh.human.SecretRegistry;
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
        row(
            "ChallengeAnswers.scripted().withTotpSecret(\"JBSWY3DPEHPK3PXP\")"
                + ".withNewPassword(\"Brand-New-Pass1!\")",
            "ChallengeAnswers.scripted().withTotpSecret(param(\"TOTP_SECRET\"))"
                + ".withNewPassword(param(\"NEW_PASSWORD\"))"),
        row("o.withClientSecret(\"abc\")", "o.withClientSecret(param(\"CLIENT_SECRET\"))"),
        row("b.withApiToken(\"abc\")", "b.withApiToken(param(\"API_TOKEN\"))"),
        row(
            "Map.of(\"Authorization\", \"Bearer " + SecretLiteralFilterTest.JWT + "\")",
            "Map.of(\"Authorization\", param(\"TOKEN\"))"),
        row("var s = \"JBSWY3DPEHPK3PXP\";", "var s = param(\"TOTP_SECRET\");"),
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

  @Test
  void masked_showsEachSecretLiteralAsItsMask_whateverItsLength() {
    assertThat(SecretLiteralFilter.masked("auth.login(\"bob\", \"S3cure-Pass!\");"))
        .isEqualTo("auth.login(\"bob\", \"****\");");
    assertThat(SecretLiteralFilter.masked("var pw = \"abc\";")).isEqualTo("var pw = \"****\";");
    assertThat(
            SecretLiteralFilter.masked(
                "creds.use(\"AKIAIOSFODNN7EXAMPLE\", \"wJalrXUtnFEMI/K7MDENG\", \"IQoJb3JpZ2luX2Vj\")"))
        .isEqualTo("creds.use(\"AKIA…MPLE\", \"****\", \"IQo…(16 B)\")");
    assertThat(SecretLiteralFilter.masked("api.get(\"/notes\")")).isEqualTo("api.get(\"/notes\")");
  }

  @Test
  void masked_accountCalls_hideThePasswords_butNotTheUserOrItsAttributes() {
    // the attributes are not secrets: masked, the e-mail (often the user name too) would be learnt
    // as one, and every message naming the user would show "****"
    assertThat(
            SecretLiteralFilter.masked(
                "auth.signUp(\"ada@example.com\", Map.of(\"email\", \"ada@example.com\"))"))
        .isEqualTo("auth.signUp(\"ada@example.com\", Map.of(\"email\", \"ada@example.com\"))");
    assertThat(
            SecretLiteralFilter.masked(
                "auth.signUp(\"ada@example.com\", \"Passw0rd!\", Map.of(\"email\", \"ada@x.org\"))"))
        .isEqualTo("auth.signUp(\"ada@example.com\", \"****\", Map.of(\"email\", \"ada@x.org\"))");
    assertThat(
            SecretLiteralFilter.masked(
                "auth.newPassword(\"N3w-Passw0rd!\", Map.of(\"email\", \"ada@x.org\"))"))
        .isEqualTo("auth.newPassword(\"****\", Map.of(\"email\", \"ada@x.org\"))");
    assertThat(
            SecretLiteralFilter.masked(
                "auth.confirmForgotPassword(\"123456\", \"Reset-Passw0rd!\")"))
        .isEqualTo("auth.confirmForgotPassword(\"123456\", \"****\")");
    assertThat(SecretLiteralFilter.masked("auth.loginCustom(\"ada\", \"Passw0rd!\")"))
        .isEqualTo("auth.loginCustom(\"ada\", \"****\")");
    assertThat(SecretLiteralFilter.masked("auth.changePassword(\"Old-Pass1!\", \"New-Pass1!\")"))
        .isEqualTo("auth.changePassword(\"****\", \"****\")");
  }

  @Test
  void register_teachesARegistryTheValues_asTheProgramSeesThem() {
    SecretRegistry registry = new SecretRegistry();

    int kept =
        SecretLiteralFilter.register(
            "auth.login(\"bob\", \"S3cure\\\"Pass!\"); var pw = \"abc\";"
                + " ChallengeAnswers.scripted().withTotpSecret(\"JBSWY3DPEHPK3PXP\");",
            registry);

    assertThat(kept).isEqualTo(3);
    assertThat(registry.contains("S3cure\"Pass!")).isTrue();
    assertThat(registry.contains("S3cure\\\"Pass!")).isTrue();
    assertThat(registry.contains("JBSWY3DPEHPK3PXP")).isTrue();
    assertThat(registry.contains("abc")).as("too short to mask everywhere").isFalse();
    assertThat(new Redactor(registry).redact("pw ==> \"S3cure\\\"Pass!\""))
        .isEqualTo("pw ==> \"****\"");
  }

  @Test
  void valueIn_translatesEscapes_andStripsATextBlocksIndentation() {
    String snippet = "var pw = \"\"\"\n    pass\\tword\n    \"\"\";";

    SecretLiteral literal = SecretLiteralFilter.find(snippet).get(0);

    assertThat(literal.valueIn(snippet)).isEqualTo("pass\tword\n");
    assertThat(literal.kind()).isEqualTo(SecretKind.SECRET);
  }

  private static Stream<String> snippetsOfTheHistoryTable() {
    return SecretLiteralFilterTest.snippets().map(arguments -> (String) arguments.get()[0]);
  }
}
