package dev.cogsh.script;

/** Small facts about Java source text that reports need: lines, and where code starts. */
final class SourceText {

  private SourceText() {}

  /** The line (from 1) of {@code offset} in {@code text}. */
  static int lineOf(String text, int offset) {
    int line = 1;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Where the code of {@code source} starts: after blanks, line comments and block comments. The
   * length of the text when there is nothing but those.
   */
  static int codeStart(String source) {
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (source.startsWith("//", i)) {
        int newline = source.indexOf('\n', i);
        i = newline < 0 ? n : newline + 1;
      } else if (source.startsWith("/*", i)) {
        int close = source.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else {
        return i;
      }
    }
    return n;
  }

  /** Whether a line is a slash command rather than Java ({@code //} and {@code /*} are Java). */
  static boolean isCommand(String line) {
    String stripped = line.stripLeading();
    return stripped.startsWith("/") && !stripped.startsWith("//") && !stripped.startsWith("/*");
  }

  /** The first line of {@code text}, with {@code …} when more follows. */
  static String firstLine(String text) {
    String stripped = text.strip();
    int newline = stripped.indexOf('\n');
    return newline < 0 ? stripped : stripped.substring(0, newline).stripTrailing() + " …";
  }
}
