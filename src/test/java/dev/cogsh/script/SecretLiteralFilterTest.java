package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which snippets must stay out of the history file: a table of what users type. */
class SecretLiteralFilterTest {

  static final String JWT =
      "eyJraWQiOiJ0ZXN0IiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiI1ZjBjOWEyZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
  static final String SESSION_TOKEN =
      "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexample+token/part==";

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
        row(
            "ChallengeAnswers.scripted().withTotpSecret(\"JBSWY3DPEHPK3PXP\")"
                + ".withNewPassword(\"Brand-New-Pass1!\")",
            true),
        row("ChallengeAnswers.scripted().withNewPassword(\"Brand-New-Pass1!\")", true),
        row("answers.withTotpSecret(\"jbsw y3dp ehpk 3pxp\")", true),
        row("answers.withPassword(\"hunter2\")", true),
        row("options.withClientSecret(\"abc\")", true),
        // any with*Secret / with*Password / with*Token builder method
        row("b.withAdminPassword(\"hunter2\")", true),
        row("b.withApiToken(\"abc\")", true),
        row("b.withSigningSecret(\"abc\", \"def\")", true),
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
        // a 16-character base32 TOTP secret (and longer)
        row("var s = \"JBSWY3DPEHPK3PXP\";", true),
        row("var s = \"JBSWY3DPEHPK3PXPJBSWY3DP\";", true),
        // a JWT anywhere inside a literal, a bearer token
        row("Map.of(\"Authorization\", \"Bearer " + JWT + "\")", true),
        row("api.request(\"GET\", \"/x\").header(\"Authorization\", \"Bearer " + JWT + "\")", true),
        row("println(\"Invalid Refresh Token: " + JWT + "\")", true),
        row("Map.of(\"Authorization\", \"Bearer opaque0123456789\")", true),
        // an AWS secret access key or a session token inside text
        row("println(\"key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, region: x\")", true),
        row("var cfg = \"aws_session_token = " + SESSION_TOKEN + "\"", true),
        row("var cfg = \"session FwoGZXIvYXdzEBYaDH7example0token\"", true),
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
        row("1 + 2", false),
        row(
            "ChallengeAnswers.scripted().withUsername(\"ada\").withAnswer(\"SMS_MFA\", \"123456\")",
            false),
        row("answers.withAttribute(\"name\", \"Ada Lovelace\")", false),
        row("var flow = \"USER_PASSWORD_AUTH\";", false),
        row("var s = \"ABCDEFGHIJKLMNOPQRST\";", false),
        row("var s = \"JBSWY3DPEHPK3PX\";", false),
        row("println(\"Bearer tokens expire after an hour\")", false),
        row("api.get(\"/notes/0123456789abcdef0123456789abcdef01234567\")", false),
        row("api.get(\"/prod/notes/Abc/def/GHI/jkl/0123456789/Mno/pqr/stu/vwx/yz\")", false));
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
