package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arguments of {@code /replay}. */
class ReplayRequestTest {

  @Test
  void parse_readsTheFileParamsAndKeepGoing() {
    ReplayRequest request =
        ReplayRequest.parse("notes.jsh --param USER=ada --param=STAGE=dev --keep-going");

    assertThat(request.file()).isEqualTo("notes.jsh");
    assertThat(request.options().keepGoing()).isTrue();
    assertThat(request.options().parameters().value("USER")).contains("ada");
    assertThat(request.options().parameters().value("STAGE")).contains("dev");
  }

  @Test
  void parse_ofQuotedWords_keepsTheirBlanks() {
    ReplayRequest request =
        ReplayRequest.parse("\"my scenario.jsh\" --param 'CONTENT=hello world'");

    assertThat(request.file()).isEqualTo("my scenario.jsh");
    assertThat(request.options().parameters().value("CONTENT")).contains("hello world");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"|which script? give its file",
        "a.jsh b.jsh|one script at a time; b.jsh is a second one",
        "a.jsh --param|--param needs NAME=VALUE",
        "a.jsh --fast|unknown option --fast",
        "a.jsh --param PASSWORD|--param takes NAME=VALUE, got 'PASSWORD'",
        "'a.jsh|a quote is not closed"
      })
  void parse_ofBadArguments_saysWhatIsWrong(String arguments, String message) {
    assertThatThrownBy(() -> ReplayRequest.parse(arguments))
        .isInstanceOf(ParameterException.class)
        .hasMessage(message);
  }

  @Test
  void words_splitAtBlanks() {
    assertThat(ReplayRequest.words("  a  b\t'c d'  ")).isEqualTo(List.of("a", "b", "c d"));
  }
}
