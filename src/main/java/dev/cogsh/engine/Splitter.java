package dev.cogsh.engine;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Cuts source into snippets where the compiler says each ends ({@code analyzeCompletion}).
 *
 * <p>The analyser reads (masks comments in) all the text it is given, so asking it about the whole
 * rest of a long script for every snippet cost time quadratic in the script's length. It is asked
 * about a window of whole lines instead, starting at {@link #WINDOW} characters and doubled until
 * it holds the first snippet and some code after it (so that the analyser saw the token that ends
 * the snippet: an {@code else}, a {@code catch}, a {@code .} on the next line); at the end of the
 * text the window is the whole rest, as before.
 */
final class Splitter {

  /** The first window's size in characters (it then ends at a line end). */
  static final int WINDOW = 2048;

  private Splitter() {}

  static Split split(SourceCodeAnalysis analysis, String input) {
    List<Chunk> chunks = new ArrayList<>();
    int consumed = 0;
    String rest = input;
    while (!rest.isBlank()) {
      Window window = firstSnippet(analysis, rest);
      SourceCodeAnalysis.CompletionInfo info = window.info();
      switch (info.completeness()) {
        case EMPTY:
          return new Split(chunks, "", input.length());
        case DEFINITELY_INCOMPLETE:
        case CONSIDERED_INCOMPLETE:
          return new Split(chunks, rest.stripLeading(), consumed + leadingBlanks(rest));
        default:
          String remaining = info.remaining() == null ? "" : info.remaining();
          int used = window.length() - remaining.length();
          String source = info.source();
          if (used <= 0 || source == null) {
            // The analyser could not cut it (an error it cannot place): hand over the lot.
            chunks.add(new Chunk(rest.strip(), consumed + leadingBlanks(rest)));
            return new Split(chunks, "", input.length());
          }
          chunks.add(new Chunk(source.strip(), consumed + leadingBlanks(rest)));
          consumed += used;
          rest = rest.substring(used);
      }
    }
    return new Split(chunks, "", input.length());
  }

  /**
   * What the analyser said of the first {@code length} characters of the rest.
   *
   * @param info its answer, whose {@code remaining()} is what is left of those characters
   * @param length how many characters it read
   */
  private record Window(SourceCodeAnalysis.CompletionInfo info, int length) {}

  /** What the analyser says of the first snippet of {@code rest}, reading a window of it. */
  private static Window firstSnippet(SourceCodeAnalysis analysis, String rest) {
    for (int size = WINDOW; size < rest.length(); size *= 2) {
      int newline = rest.indexOf('\n', size);
      if (newline < 0) {
        break;
      }
      String window = rest.substring(0, newline + 1);
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(window);
      SourceCodeAnalysis.Completeness completeness = info.completeness();
      if ((completeness == SourceCodeAnalysis.Completeness.COMPLETE
              || completeness == SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI)
          && info.source() != null
          && info.remaining() != null
          && hasCode(info.remaining())) {
        return new Window(info, window.length());
      }
    }
    return new Window(analysis.analyzeCompletion(rest), rest.length());
  }

  /** Whether {@code text} holds a token that is neither blank nor a comment. */
  private static boolean hasCode(String text) {
    return JavaLexer.tokens(text).stream()
        .anyMatch(t -> t.kind() != JavaLexer.Kind.BLANK && t.kind() != JavaLexer.Kind.COMMENT);
  }

  private static int leadingBlanks(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
