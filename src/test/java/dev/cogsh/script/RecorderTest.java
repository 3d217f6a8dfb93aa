package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recording: which inputs are kept, how secret literals become parameters. The finder here is a
 * stand-in that knows the secrets by value; the shell's real finder is tested with the shell.
 */
class RecorderTest {

  /** Literals whose content is one of these secrets, named by the value. */
  private static final Map<String, String> SECRETS =
      Map.of("Passw0rd!", "password", "N3w-Passw0rd!", "newPassword", "wJalrXUtnFEMI", "secretKey");

  private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");

  static List<SecretLiteral> find(String snippet) {
    List<SecretLiteral> found = new ArrayList<>();
    Matcher m = LITERAL.matcher(snippet);
    while (m.find()) {
      String name = SECRETS.get(m.group(1));
      if (name != null) {
        found.add(new SecretLiteral(m.start(), m.end(), name));
      }
    }
    return found;
  }

  static Stream<Arguments> rewrites() {
    return Stream.of(
        Arguments.of(
            "auth.login(\"demo@example.com\", \"Passw0rd!\");",
            "auth.login(\"demo@example.com\", param(\"PASSWORD\"));",
            List.of("PASSWORD")),
        Arguments.of("api.get(\"/notes\");", "api.get(\"/notes\");", List.of()),
        Arguments.of(
            "creds.use(\"AKIA…\", \"wJalrXUtnFEMI\", null);",
            "creds.use(\"AKIA…\", param(\"SECRET_KEY\"), null);",
            List.of("SECRET_KEY")),
        Arguments.of(
            "auth.login(\"a\", \"Passw0rd!\"); auth.newPassword(\"N3w-Passw0rd!\");",
            "auth.login(\"a\", param(\"PASSWORD\")); auth.newPassword(param(\"NEW_PASSWORD\"));",
            List.of("PASSWORD", "NEW_PASSWORD")));
  }

  @ParameterizedTest
  @MethodSource("rewrites")
  void rewrite_replacesSecretLiteralsWithParams(
      String snippet, String expected, List<String> parameters) {
    SecretLiteralRewriter.Rewritten rewritten =
        new SecretLiteralRewriter(RecorderTest::find).rewrite(snippet);

    assertThat(rewritten.source()).isEqualTo(expected);
    assertThat(rewritten.parameters()).isEqualTo(parameters);
  }

  @Test
  void rewrite_ofTheSameSecretTwice_usesOneParameter_andAnotherSecretGetsANewName() {
    Map<String, String> twoPasswords = Map.of("one", "password", "two", "password");
    SecretLiteralRewriter rewriter =
        new SecretLiteralRewriter(
            snippet -> {
              List<SecretLiteral> found = new ArrayList<>();
              Matcher m = LITERAL.matcher(snippet);
              while (m.find()) {
                if (twoPasswords.containsKey(m.group(1))) {
                  found.add(new SecretLiteral(m.start(), m.end(), "password"));
                }
              }
              return found;
            });

    assertThat(rewriter.rewrite("auth.login(\"a\", \"one\");").source())
        .isEqualTo("auth.login(\"a\", param(\"PASSWORD\"));");
    assertThat(rewriter.rewrite("auth.login(\"b\", \"two\");").source())
        .isEqualTo("auth.login(\"b\", param(\"PASSWORD_2\"));");
    assertThat(rewriter.rewrite("auth.login(\"a\", \"one\");").source())
        .isEqualTo("auth.login(\"a\", param(\"PASSWORD\"));");
    assertThat(rewriter.parameters()).containsExactly("PASSWORD", "PASSWORD_2");
  }

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("password", "PASSWORD"),
        Arguments.of("secretKey", "SECRET_KEY"),
        Arguments.of("api-key", "API_KEY"),
        Arguments.of("TOTP secret", "TOTP_SECRET"),
        Arguments.of("", "SECRET"),
        Arguments.of("2fa", "SECRET"));
  }

  @ParameterizedTest
  @MethodSource("names")
  void parameterName_isUpperSnakeCase(String suggested, String expected) {
    assertThat(SecretLiteralRewriter.parameterName(suggested)).isEqualTo(expected);
  }

  @Test
  void script_listsTheInputsInOrder_withAHeaderNamingTheParameters() {
    Recorder recorder = new Recorder(RecorderTest::find);
    recorder.snippet("auth.login(\"demo@example.com\", \"Passw0rd!\")");
    recorder.command("/whoami");
    recorder.snippet("  var r = api.post(\"/notes\", Map.of(\"content\", \"hi\"));\n");

    assertThat(recorder.script())
        .isEqualTo(
            "// Recorded with cogsh. Replay: cogsh run FILE --param PASSWORD=…\n"
                + "// Secrets were replaced by param(..): pass PASSWORD with --param"
                + " (or /replay FILE --param NAME=VALUE).\n"
                + "\n"
                + "auth.login(\"demo@example.com\", param(\"PASSWORD\"))\n"
                + "/whoami\n"
                + "var r = api.post(\"/notes\", Map.of(\"content\", \"hi\"));\n");
    assertThat(recorder.script()).doesNotContain("Passw0rd!");
    assertThat(recorder.parametersNote())
        .isEqualTo("secret literals became parameters; replay it with --param PASSWORD=…");
  }

  @Test
  void command_aboutTheShellItself_isNotRecorded() {
    Recorder recorder = new Recorder(RecorderTest::find);
    Stream.of("/record stop", "/save x.jsh", "/help", "/history", "/vars", "/exit")
        .forEach(recorder::command);
    recorder.command("/login demo@example.com");

    assertThat(recorder.size()).isEqualTo(1);
    assertThat(recorder.parametersNote()).isEqualTo("it needs no parameters");
  }

  @Test
  void command_withParamOptions_dropsTheValues_andNeedsTheNames() {
    Recorder recorder = new Recorder(RecorderTest::find);
    recorder.command("/replay login.jsh --param PASSWORD=Passw0rd! --param=STAGE=dev --keep-going");

    assertThat(recorder.script())
        .endsWith("\n/replay login.jsh --keep-going\n")
        .doesNotContain("Passw0rd!");
    assertThat(recorder.parameters()).containsExactly("PASSWORD", "STAGE");
  }
}
