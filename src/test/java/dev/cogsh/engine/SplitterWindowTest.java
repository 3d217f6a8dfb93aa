package dev.cogsh.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The splitter reads a long script in windows (so that splitting is linear in its length): a
 * snippet that goes on past a window's end ({@code else} on the next line, a call chained on the
 * next line, a text block) is still cut where the compiler says it ends.
 */
class SplitterWindowTest {

  private static Engine engine;

  @BeforeAll
  static void start() {
    engine = Engine.start(EngineTest.options(snippets -> List.of()));
    engine.awaitReady();
    engine.eval("int x = 0;");
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  /**
   * A snippet longer than the first window: {@code head}, then lines of {@code body} up to about
   * the window's size, then {@code tail}, placed so that each line of the tail in turn ends right
   * at the window's end; it stays one snippet, between the ones around it.
   */
  private static void assertCutWhole(String head, String body, String tail) {
    for (int shift = 0; shift < 2 * body.length() + tail.length(); shift++) {
      int bodies = (Splitter.WINDOW - head.length() - tail.length() + shift) / body.length();
      String snippet = head + body.repeat(bodies) + tail;
      String text = "x += 1;\n" + snippet + "x += 2;\n";

      List<String> chunks = engine.split(text).complete().stream().map(Chunk::source).toList();

      assertThat(chunks)
          .as("shift " + shift)
          .containsExactly("x += 1;", snippet.strip(), "x += 2;");
    }
  }

  @Test
  void anElseOnTheNextLine_staysWithItsIf() {
    assertCutWhole("if (x > 0) {\n", "  x += 1;\n", "}\nelse\n  x -= 1;\n");
  }

  @Test
  void aCallChainedOnTheNextLines_staysOneSnippet() {
    assertCutWhole("String.valueOf(0\n", "  + 1\n", ")\n  .trim()\n  .length();\n");
  }

  @Test
  void aTextBlock_staysOneSnippet() {
    assertCutWhole("String t = \"\"\"\n", "  a;\n", "  \"\"\";\n");
  }

  @Test
  void aTryWithItsCatchOnTheNextLine_staysOneSnippet() {
    assertCutWhole("try {\n", "  x += 1;\n", "}\ncatch (RuntimeException e) {\n}\nfinally {\n}\n");
  }

  @Test
  void aLongScript_isCutIntoEverySnippet() {
    String text = "int x = 0;\n" + "x += 1;\n".repeat(2000) + "String.valueOf(x);\n";

    Split split = engine.split(text);

    assertThat(split.isComplete()).isTrue();
    assertThat(split.complete()).hasSize(2002);
    assertThat(split.complete().get(2001).offset()).isEqualTo(text.indexOf("String"));
  }
}
