package dev.cogsh.script;

import dev.cogsh.engine.Chunk;
import dev.cogsh.engine.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Cuts a script into {@link ScriptSnippet}s: Java where the compiler says a snippet ends (the
 * engine's {@code analyzeCompletion} split, never at line ends), and slash commands where a line
 * starting with {@code /} stands between two snippets, as at the prompt.
 *
 * <p>A line that starts with {@code /} inside a snippet (a text block, a block comment, an open
 * brace) is Java: when the Java before such a line is unfinished, the line joins it.
 */
public final class ScriptSplitter {

  private final Function<String, Split> compiler;

  /**
   * @param compiler cuts Java source into complete snippets: {@code engine::split}
   */
  public ScriptSplitter(Function<String, Split> compiler) {
    this.compiler = compiler;
  }

  /** The steps of {@code text}, in order; {@code file} names it in reports. */
  public List<ScriptSnippet> split(String file, String text) {
    List<ScriptSnippet> snippets = new ArrayList<>();
    int n = text.length();
    int pos = 0;
    while (pos < n) {
      int code = SourceText.codeStart(text.substring(pos)) + pos;
      if (code >= n) {
        break;
      }
      int lineStart = text.lastIndexOf('\n', code - 1) + 1;
      if (lineStart >= pos
          && SourceText.isCommand(text.substring(lineStart, lineEnd(text, code)))) {
        int end = lineEnd(text, code);
        snippets.add(
            new ScriptSnippet(
                file,
                SourceText.lineOf(text, code),
                text.substring(code, end).strip(),
                ScriptSnippet.Kind.COMMAND));
        pos = Math.min(n, end + 1);
        continue;
      }
      pos = java(file, text, pos, code, snippets);
    }
    return List.copyOf(snippets);
  }

  /**
   * Adds the Java snippets from {@code pos} up to the next command line; returns where it ended.
   */
  private int java(String file, String text, int pos, int code, List<ScriptSnippet> snippets) {
    int n = text.length();
    int regionEnd = nextCommandLine(text, lineEnd(text, code));
    Split split = compiler.apply(text.substring(pos, regionEnd));
    // A '/' line after unfinished Java is part of it (a text block, a comment, a division).
    while (!split.isComplete() && regionEnd < n) {
      regionEnd = nextCommandLine(text, lineEnd(text, regionEnd));
      split = compiler.apply(text.substring(pos, regionEnd));
    }
    for (Chunk chunk : split.complete()) {
      snippets.add(
          snippet(file, text, pos + chunk.offset(), chunk.source(), ScriptSnippet.Kind.JAVA));
    }
    if (!split.isComplete()) {
      snippets.add(
          snippet(
              file,
              text,
              pos + split.remainingOffset(),
              split.remaining().strip(),
              ScriptSnippet.Kind.INCOMPLETE));
    }
    return regionEnd;
  }

  private static ScriptSnippet snippet(
      String file, String text, int offset, String source, ScriptSnippet.Kind kind) {
    int line = SourceText.lineOf(text, offset) + newlines(source, SourceText.codeStart(source));
    return new ScriptSnippet(file, line, source, kind);
  }

  private static int newlines(String text, int end) {
    int count = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  /** The start of the first command line that starts at or after {@code from}, else the end. */
  private static int nextCommandLine(String text, int from) {
    int start = from;
    while (start < text.length()) {
      if (text.charAt(start) == '\n') {
        start++;
        continue;
      }
      int end = lineEnd(text, start);
      if (SourceText.isCommand(text.substring(start, end))) {
        return start;
      }
      start = end;
    }
    return text.length();
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }
}
