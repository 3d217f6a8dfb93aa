package dev.cogsh.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A forgiving Java tokenizer for what a user types: it never fails, an unterminated string or
 * comment runs to the end. Used by the highlighter and the history's secret filter, both of which
 * must work on half-typed input that the compiler would reject.
 */
public final class JavaLexer {

  /** What a token is. */
  public enum Kind {
    BLANK,
    COMMENT,
    STRING,
    CHAR,
    NUMBER,
    KEYWORD,
    IDENTIFIER,
    ANNOTATION,
    PUNCTUATION
  }

  /**
   * One token: {@code text.substring(start, end)}.
   *
   * @param kind what it is
   * @param start its first character
   * @param end one past its last character
   * @param text the token's text
   */
  public record Token(Kind kind, int start, int end, String text) {

    /** For a string literal: the characters between the quotes, escapes left as written. */
    public String literalContent() {
      if (kind != Kind.STRING) {
        return text;
      }
      String quote = text.startsWith("\"\"\"") ? "\"\"\"" : "\"";
      int from = Math.min(quote.length(), text.length());
      int to =
          text.length() >= from + quote.length() && text.endsWith(quote)
              ? text.length() - quote.length()
              : text.length();
      return text.substring(from, Math.max(from, to));
    }
  }

  public static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "record",
          "yield",
          "sealed",
          "permits");

  private JavaLexer() {}

  /** The tokens of {@code source}, covering every character in order. */
  public static List<Token> tokens(String source) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      int end;
      Kind kind;
      if (Character.isWhitespace(c)) {
        end = i + 1;
        while (end < n && Character.isWhitespace(source.charAt(end))) {
          end++;
        }
        kind = Kind.BLANK;
      } else if (source.startsWith("//", i)) {
        end = indexOrEnd(source, "\n", i);
        kind = Kind.COMMENT;
      } else if (source.startsWith("/*", i)) {
        int close = source.indexOf("*/", i + 2);
        end = close < 0 ? n : close + 2;
        kind = Kind.COMMENT;
      } else if (source.startsWith("\"\"\"", i)) {
        int close = source.indexOf("\"\"\"", i + 3);
        end = close < 0 ? n : close + 3;
        kind = Kind.STRING;
      } else if (c == '"' || c == '\'') {
        end = quoted(source, i, c);
        kind = c == '"' ? Kind.STRING : Kind.CHAR;
      } else if (Character.isDigit(c)
          || (c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1)))) {
        end = i + 1;
        while (end < n && isNumberPart(source, end)) {
          end++;
        }
        kind = Kind.NUMBER;
      } else if (Character.isJavaIdentifierStart(c)) {
        end = identifierEnd(source, i);
        kind = KEYWORDS.contains(source.substring(i, end)) ? Kind.KEYWORD : Kind.IDENTIFIER;
      } else if (c == '@' && i + 1 < n && Character.isJavaIdentifierStart(source.charAt(i + 1))) {
        end = identifierEnd(source, i + 1);
        kind = Kind.ANNOTATION;
      } else {
        end = i + 1;
        kind = Kind.PUNCTUATION;
      }
      tokens.add(new Token(kind, i, end, source.substring(i, end)));
      i = end;
    }
    return tokens;
  }

  private static int indexOrEnd(String source, String what, int from) {
    int at = source.indexOf(what, from);
    return at < 0 ? source.length() : at;
  }

  /** The end of a '…' or "…" literal; an unterminated one stops at the end of its line. */
  private static int quoted(String source, int start, char quote) {
    int i = start + 1;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return source.length();
  }

  private static boolean isNumberPart(String source, int i) {
    char c = source.charAt(i);
    if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
      return true;
    }
    // exponent signs: 1e-3, 0x1p+4
    char before = Character.toLowerCase(source.charAt(i - 1));
    return (c == '-' || c == '+') && (before == 'e' || before == 'p');
  }

  private static int identifierEnd(String source, int start) {
    int end = start + 1;
    while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
      end++;
    }
    return end;
  }
}
