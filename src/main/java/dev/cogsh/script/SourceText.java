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

  /**
   * Where the code of {@code source} ends: one past its last character that is neither blank nor in
   * a comment (string and character literals, text blocks included, count as code).
   */
  static int codeEnd(String source) {
    int end = 0;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int newline = source.indexOf('\n', i);
        i = newline < 0 ? n : newline;
      } else if (source.startsWith("/*", i)) {
        int close = source.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int close = source.indexOf("\"\"\"", i + 3);
        i = close < 0 ? n : close + 3;
        end = i;
      } else if (c == '"' || c == '\'') {
        i = literalEnd(source, i, c);
        end = i;
      } else {
        i++;
        if (!Character.isWhitespace(c)) {
          end = i;
        }
      }
    }
    return end;
  }

  private static int literalEnd(String source, int start, char quote) {
    int i = start + 1;
    while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, source.length());
  }

  /**
   * {@code source} ending with a {@code ;} after its code (before any trailing comment), so that it
   * stays one snippet when more code follows it in a file.
   */
  static String withSemicolon(String source) {
    int end = codeEnd(source);
    if (end == 0 || source.charAt(end - 1) == ';') {
      return source;
    }
    return source.substring(0, end) + ";" + source.substring(end);
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
