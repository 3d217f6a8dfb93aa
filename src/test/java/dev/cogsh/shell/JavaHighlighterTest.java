package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** The highlighter is a pure function of the text: checked without a terminal. */
class JavaHighlighterTest {

  private final JavaHighlighter highlighter = new JavaHighlighter(Set.of("auth", "creds"));

  private AttributedStyle styleAt(AttributedString text, String part) {
    return text.styleAt(text.toString().indexOf(part));
  }

  @Test
  void highlight_keepsTheTextAsTyped() {
    String typed = "var n = auth.login(\"ada\"); // sign in\nint x = 0x1F + 2.5e-3;";
    assertThat(highlighter.highlight(typed).toString()).isEqualTo(typed);
  }

  @Test
  void highlight_coloursEachKindOfToken() {
    AttributedString text =
        highlighter.highlight(
            "final var s = \"hi\"; int n = 42; /* note */ auth.whoami(); @Deprecated x");

    assertThat(styleAt(text, "final")).isEqualTo(JavaHighlighter.KEYWORD);
    assertThat(styleAt(text, "int")).isEqualTo(JavaHighlighter.KEYWORD);
    assertThat(styleAt(text, "\"hi\"")).isEqualTo(JavaHighlighter.STRING);
    assertThat(styleAt(text, "42")).isEqualTo(JavaHighlighter.NUMBER);
    assertThat(styleAt(text, "/* note */")).isEqualTo(JavaHighlighter.COMMENT);
    assertThat(styleAt(text, "auth")).isEqualTo(JavaHighlighter.SESSION_OBJECT);
    assertThat(styleAt(text, "whoami")).isEqualTo(AttributedStyle.DEFAULT);
    assertThat(styleAt(text, "@Deprecated")).isEqualTo(JavaHighlighter.ANNOTATION);
  }

  @Test
  void highlight_ofAnUnterminatedString_runsToTheEndOfTheLine() {
    AttributedString text = highlighter.highlight("\"open string\nint");

    assertThat(styleAt(text, "string")).isEqualTo(JavaHighlighter.STRING);
    assertThat(styleAt(text, "int")).isEqualTo(JavaHighlighter.KEYWORD);
  }

  @Test
  void highlight_ofAStringWithAnEscapedQuote_endsAtTheRealQuote() {
    AttributedString text = highlighter.highlight("\"say \\\"hi\\\"\" + null");

    assertThat(styleAt(text, "hi")).isEqualTo(JavaHighlighter.STRING);
    assertThat(styleAt(text, "null")).isEqualTo(JavaHighlighter.KEYWORD);
  }

  @Test
  void highlight_ofATextBlock_spansItsLines() {
    AttributedString text = highlighter.highlight("var t = \"\"\"\n  if else\n  \"\"\";");

    assertThat(styleAt(text, "if else")).isEqualTo(JavaHighlighter.STRING);
  }

  @Test
  void highlight_ofASlashCommand_marksItsName() {
    AttributedString text = highlighter.highlight("/login ada");

    assertThat(styleAt(text, "/login")).isEqualTo(JavaHighlighter.COMMAND);
    assertThat(styleAt(text, "ada")).isEqualTo(AttributedStyle.DEFAULT);
  }

  @Test
  void highlight_ofALineComment_isNotACommand() {
    AttributedString text = highlighter.highlight("// just a note");

    assertThat(styleAt(text, "note")).isEqualTo(JavaHighlighter.COMMENT);
  }
}
