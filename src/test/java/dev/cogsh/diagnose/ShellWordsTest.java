package dev.cogsh.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellWordsTest {

  @Test
  void quotes_escapesAndContinuations_areBashs() throws Exception {
    String command =
        "curl 'https://x/a b' \\\n  -H \"X-A: \\\"q\\\" \\$HOME\" \\\r\n  --data-raw $'{\"a\":\"it\\'s\\n\\u00e9\\xc3\\xa9\"}' plain\\ word";

    assertThat(ShellWords.split(command).words())
        .containsExactly(
            "curl",
            "https://x/a b",
            "-H",
            "X-A: \"q\" $HOME",
            "--data-raw",
            "{\"a\":\"it's\néé\"}",
            "plain word");
  }

  @Test
  void comments_areKeptApart_andTheFirstCommandEndsAtASeparator() throws Exception {
    ShellWords.Split s =
        ShellWords.split("# one\n# cogsh-canonical: ab.cd\ncurl x # trailing\n; echo no");

    assertThat(s.words()).containsExactly("curl", "x");
    assertThat(s.comments()).containsExactly("# one", "# cogsh-canonical: ab.cd", "# trailing");
  }

  @Test
  void ansiC_octalAndControlEscapes() throws Exception {
    assertThat(ShellWords.split("$'a\\101\\tb\\\\'").words()).containsExactly("aA\tb\\");
  }

  @Test
  void unterminatedQuote_isBadInput() {
    assertThatThrownBy(() -> ShellWords.split("curl 'https://x"))
        .isInstanceOf(CaptureException.class)
        .hasMessageContaining("unterminated '");
  }
}
