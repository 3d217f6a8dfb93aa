package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.engine.Documentation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of Tab: the shared prefix, the columns, the documentation text. */
class CompletionWidgetTest {

  @Test
  void sharedPrefix_isWhatEveryCandidateStartsWith() {
    assertThat(CompletionWidget.sharedPrefix(List.of("login(", "loginWithPassword(", "logout()")))
        .isEqualTo("log");
    assertThat(CompletionWidget.sharedPrefix(List.of("whoami()"))).isEqualTo("whoami()");
  }

  @Test
  void columns_fillDownThenAcross_withinTheWidth() {
    assertThat(CompletionWidget.columns(List.of("a", "bb", "c", "d", "e"), 8))
        .isEqualTo("a   d\nbb  e\nc");
  }

  @Test
  void format_givesEachSignatureThenItsJavadocIndented() {
    String text =
        CompletionWidget.format(
            List.of(
                new Documentation("int Math.abs(int a)", "Returns the absolute value.\nMore."),
                new Documentation("long Math.abs(long a)", null)));

    assertThat(text)
        .isEqualTo(
            "int Math.abs(int a)\n    Returns the absolute value.\n    More.\nlong Math.abs(long a)");
  }
}
