package dev.cogsh.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits JavaScript source into the tokens an object-literal reader needs: punctuation, strings
 * (single, double and substitution-free template quotes, escapes decoded), numbers, names and any
 * other operator character. Comments and whitespace are dropped; every token keeps its line and
 * column for messages.
 */
final class JsLexer {

  enum Kind {
    PUNCT,
    STRING,
    TEMPLATE_WITH_SUBSTITUTION,
    NUMBER,
    NAME,
    OTHER,
    END
  }

  /** One token: its kind, decoded text, and where it starts and ends in the source. */
  record Token(Kind kind, String text, int start, int end, int line, int column) {
    boolean is(String punct) {
      return (kind == Kind.PUNCT || kind == Kind.OTHER || kind == Kind.NAME) && text.equals(punct);
    }
  }

  private final String source;
  private final String display;
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsLexer(String source, String display) {
    this.source = source;
    this.display = display;
  }

  /** All tokens of {@code source}, ending with an {@link Kind#END} token. */
  static List<Token> tokens(String source, String display) {
    JsLexer lexer = new JsLexer(source, display);
    List<Token> tokens = new ArrayList<>();
    Token t;
    do {
      t = lexer.next();
      tokens.add(t);
    } while (t.kind() != Kind.END);
    return tokens;
  }

  private Token next() {
    skipSpaceAndComments();
    int start = pos;
    int startLine = line;
    int column = pos - lineStart + 1;
    if (pos >= source.length()) {
      return new Token(Kind.END, "end of file", pos, pos, startLine, column);
    }
    char c = source.charAt(pos);
    if (c == '"' || c == '\'') {
      String text = quoted(c, startLine, column);
      return new Token(Kind.STRING, text, start, pos, startLine, column);
    }
    if (c == '`') {
      return template(start, startLine, column);
    }
    if (Character.isDigit(c) || c == '.' && pos + 1 < source.length() && isDigit(pos + 1)) {
      while (pos < source.length()
          && (Character.isLetterOrDigit(source.charAt(pos))
              || "._".indexOf(source.charAt(pos)) >= 0
              || (source.charAt(pos) == '+' || source.charAt(pos) == '-')
                  && "eE".indexOf(source.charAt(pos - 1)) >= 0
                  && !source.startsWith("0x", start))) {
        pos++;
      }
      return new Token(
          Kind.NUMBER,
          source.substring(start, pos).replace("_", ""),
          start,
          pos,
          startLine,
          column);
    }
    if (Character.isJavaIdentifierStart(c)) {
      while (pos < source.length() && Character.isJavaIdentifierPart(source.charAt(pos))) {
        pos++;
      }
      return new Token(Kind.NAME, source.substring(start, pos), start, pos, startLine, column);
    }
    if (source.startsWith("...", pos)) {
      pos += 3;
      return new Token(Kind.PUNCT, "...", start, pos, startLine, column);
    }
    pos++;
    String text = String.valueOf(c);
    return new Token(
        "{}[](),:;=.".indexOf(c) >= 0 ? Kind.PUNCT : Kind.OTHER,
        text,
        start,
        pos,
        startLine,
        column);
  }

  private boolean isDigit(int at) {
    return Character.isDigit(source.charAt(at));
  }

  private void skipSpaceAndComments() {
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (c == '\n') {
        newline(pos + 1);
        pos++;
      } else if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0') {
        pos++;
      } else if (source.startsWith("//", pos) || pos == 0 && source.startsWith("#!")) {
        while (pos < source.length() && source.charAt(pos) != '\n') {
          pos++;
        }
      } else if (source.startsWith("/*", pos)) {
        int end = source.indexOf("*/", pos + 2);
        if (end < 0) {
          throw error(line, pos - lineStart + 1, "a /* comment is never closed");
        }
        for (int i = pos; i < end; i++) {
          if (source.charAt(i) == '\n') {
            newline(i + 1);
          }
        }
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  private void newline(int nextLineStart) {
    line++;
    lineStart = nextLineStart;
  }

  private String quoted(char quote, int startLine, int column) {
    StringBuilder out = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= source.length() || source.charAt(pos) == '\n') {
        throw error(
            startLine, column, "a string starting here is never closed (missing " + quote + ")");
      }
      char c = source.charAt(pos++);
      if (c == quote) {
        return out.toString();
      }
      if (c == '\\') {
        escape(out);
      } else {
        out.append(c);
      }
    }
  }

  private Token template(int start, int startLine, int column) {
    StringBuilder out = new StringBuilder();
    boolean substitution = false;
    pos++;
    while (true) {
      if (pos >= source.length()) {
        throw error(
            startLine, column, "a template string starting here is never closed (missing `)");
      }
      char c = source.charAt(pos++);
      if (c == '`') {
        break;
      }
      if (c == '\n') {
        newline(pos);
      }
      if (c == '$' && pos < source.length() && source.charAt(pos) == '{') {
        substitution = true;
      }
      if (c == '\\') {
        escape(out);
      } else {
        out.append(c);
      }
    }
    return substitution
        ? new Token(
            Kind.TEMPLATE_WITH_SUBSTITUTION,
            source.substring(start, pos),
            start,
            pos,
            startLine,
            column)
        : new Token(Kind.STRING, out.toString(), start, pos, startLine, column);
  }

  private void escape(StringBuilder out) {
    if (pos >= source.length()) {
      return;
    }
    char e = source.charAt(pos++);
    switch (e) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'v' -> out.append('\u000B');
      case '0' -> out.append('\0');
      case '\n' -> newline(pos); // a line continuation adds nothing
      case 'x' -> out.append((char) hex(2));
      case 'u' -> {
        if (pos < source.length() && source.charAt(pos) == '{') {
          int close = source.indexOf('}', pos);
          int code = Integer.parseInt(source.substring(pos + 1, close), 16);
          pos = close + 1;
          out.appendCodePoint(code);
        } else {
          out.append((char) hex(4));
        }
      }
      default -> out.append(e);
    }
  }

  private int hex(int digits) {
    try {
      int value = Integer.parseInt(source.substring(pos, pos + digits), 16);
      pos += digits;
      return value;
    } catch (RuntimeException e) {
      throw error(line, pos - lineStart + 1, "a \\x or \\u escape needs hex digits");
    }
  }

  private ConfigException error(int atLine, int column, String what) {
    return syntax(display, atLine, column, what);
  }

  /** The error for JavaScript cogsh cannot read, with the position. */
  static ConfigException syntax(String display, int line, int column, String what) {
    return new ConfigException(
        display + " line " + line + ", column " + column + ": " + what,
        "cogsh reads the object literal without running JavaScript; check the file near that line");
  }
}
