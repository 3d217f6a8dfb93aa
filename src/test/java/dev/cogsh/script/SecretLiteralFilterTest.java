package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which snippets must stay out of the history file: a table of what users type. */
class SecretLiteralFilterTest {

  static Stream<Arguments> snippets() {
    return Stream.of(
        // a literal where a secret goes
        row("auth.login(\"u\", \"secret-pw\")", true),
        row("auth.login(\"ada@example.com\",\"Passw0rd!\");", true),
        row("auth.loginWithPassword(\"ada\", \"pw\")", true),
        row("auth.login(user, \"pw\")", true),
        row("auth.login(\"u\", \"pw\" + suffix)", true),
        row("auth.login(\"u\", String.valueOf(\"pw\"))", true),
        row("auth.newPassword(\"N3w-Passw0rd!\")", true),
        row("auth.newPassword(\"N3w\", Map.of(\"name\", \"Ada\"))", true),
        row("auth.totp(\"JBSWY3DPEHPK3PXP\")", true),
        row("creds.use(\"AKIAIOSFODNN7EXAMPLE\", \"wJalrXUtnFEMI/K7MDENG\", null)", true),
        row("creds.use(key, \"secret\")", true),
        row("config.withPassword(\"hunter2\")", true),
        // a literal given a secret's name
        row("String password = \"hunter2\";", true),
        row("var pw = \"hunter2\";", true),
        row("String clientSecret = \"abc\";", true),
        row("Map.of(\"username\", \"ada\", \"password\", \"hunter2\")", true),
        // a literal shaped like a credential
        row("api.post(\"/login\", \"{\\\"password\\\":\\\"hunter2\\\"}\")", true),
        row("api.get(\"/callback?token=abc123\")", true),
        row("var t = \"eyJraWQiOiJ0ZXN0In0.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl\"", true),
        row("var id = \"AKIAIOSFODNN7EXAMPLE\"", true),
        row("var k = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"", true),
        row("var s = \"\"\"\n  password=hunter2\n  \"\"\"", true),
        // nothing secret
        row("auth.login()", false),
        row("auth.login(\"ada@example.com\")", false),
        row("auth.login(\"ada@example.com\", pw)", false),
        row("auth.answer(\"123456\")", false),
        row("creds.use(accessKey, secretKey, token)", false),
        row("creds.useProfile(\"dev\")", false),
        row("api.get(\"/notes\")", false),
        row("api.get(\"/notes/1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d\")", false),
        row("api.post(\"/notes\", Map.of(\"content\", \"hello\"))", false),
        row("String name = \"Ada Lovelace\";", false),
        row("System.out.println(\"login with your password\")", false),
        row("// auth.login(\"u\", \"pw\") in a comment only", false),
        row("/login ada@example.com", false),
        row("1 + 2", false));
  }

  private static Arguments row(String snippet, boolean secret) {
    return Arguments.of(snippet, secret);
  }

  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @MethodSource("snippets")
  void carriesSecret(String snippet, boolean secret) {
    assertThat(SecretLiteralFilter.carriesSecret(snippet)).isEqualTo(secret);
  }
}
