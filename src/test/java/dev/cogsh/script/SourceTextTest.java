package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where code starts and ends in a snippet, comments and literals considered. */
class SourceTextTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "1 + 1|1 + 1;",
        "x;|x;",
        "auth.login()  // sign in|auth.login();  // sign in",
        "api.get(\"/a//b\")|api.get(\"/a//b\");",
        "f('/') /* c; */|f('/'); /* c; */",
        "s.equals(\"\\\"//\")|s.equals(\"\\\"//\");",
        "`// only a comment`|`// only a comment`",
        "`\"\"\"\n  a // b\n  \"\"\"`|`\"\"\"\n  a // b\n  \"\"\";`"
      })
  void withSemicolon_endsTheCodeWithOne_beforeATrailingComment(String source, String expected) {
    assertThat(SourceText.withSemicolon(source)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"int a;|0", "`  // c\n  x`|9", "/* a */ /* b */x|15", "`// only`|7"})
  void codeStart_skipsBlanksAndComments(String source, int expected) {
    assertThat(SourceText.codeStart(source)).isEqualTo(expected);
  }
}
