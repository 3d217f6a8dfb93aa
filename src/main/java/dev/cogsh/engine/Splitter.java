package dev.cogsh.engine;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;

/** Cuts source into snippets where the compiler says each ends ({@code analyzeCompletion}). */
final class Splitter {

  private Splitter() {}

  static Split split(SourceCodeAnalysis analysis, String input) {
    List<Chunk> chunks = new ArrayList<>();
    int consumed = 0;
    String rest = input;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      switch (info.completeness()) {
        case EMPTY:
          return new Split(chunks, "", input.length());
        case DEFINITELY_INCOMPLETE:
        case CONSIDERED_INCOMPLETE:
          return new Split(chunks, rest.stripLeading(), consumed + leadingBlanks(rest));
        default:
          String remaining = info.remaining() == null ? "" : info.remaining();
          int used = rest.length() - remaining.length();
          String source = info.source();
          if (used <= 0 || source == null) {
            // The analyser could not cut it (an error it cannot place): hand over the lot.
            chunks.add(new Chunk(rest.strip(), consumed + leadingBlanks(rest)));
            return new Split(chunks, "", input.length());
          }
          chunks.add(new Chunk(source.strip(), consumed + leadingBlanks(rest)));
          consumed += used;
          rest = remaining;
      }
    }
    return new Split(chunks, "", input.length());
  }

  private static int leadingBlanks(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
