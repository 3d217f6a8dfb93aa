package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.cogsh.config.JsLexer.Kind;
import dev.cogsh.config.JsLexer.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * The token cursor under {@link JsParser}: looking ahead, number literals, and skipping what a
 * configuration reader does not need (expressions, TypeScript types, methods, whole statements).
 */
abstract class JsCursor {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> STATEMENT_STARTS =
      Set.of("import", "export", "const", "let", "var", "module", "exports", "function", "class");

  final String source;
  final String display;
  final List<Token> tokens;
  int at;

  JsCursor(String source, String display) {
    this.source = source;
    this.display = display;
    this.tokens = JsLexer.tokens(source, display);
  }

  /** Automatic semicolon insertion, roughly: a name or literal on a new line starts anew. */
  boolean startsOnNewLine(Token t) {
    boolean newLine = at > 0 && t.line() > tokens.get(at - 1).line();
    boolean operatorWord = t.is("as") || t.is("satisfies") || t.is("in") || t.is("instanceof");
    return newLine
        && !operatorWord
        && (t.kind() == Kind.NAME || t.kind() == Kind.STRING || t.kind() == Kind.NUMBER);
  }

  JsonNode number(Token t, boolean negative) {
    String text = t.text();
    try {
      BigDecimal value;
      if (text.matches("0[xX][0-9a-fA-F]+")) {
        value = new BigDecimal(new BigInteger(text.substring(2), 16));
      } else if (text.matches("0[oObB][0-7]+|0[bB][01]+")) {
        int radix = text.charAt(1) == 'b' || text.charAt(1) == 'B' ? 2 : 8;
        value = new BigDecimal(new BigInteger(text.substring(2), radix));
      } else {
        value = new BigDecimal(text.endsWith("n") ? text.substring(0, text.length() - 1) : text);
      }
      value = negative ? value.negate() : value;
      return value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
          ? NODES.numberNode(value.longValueExact())
          : NODES.numberNode(value);
    } catch (NumberFormatException | ArithmeticException e) {
      throw syntax(t, "\"" + text + "\" is not a number");
    }
  }

  /** Skips one expression (to a , } ] ) or ; at depth 0) and keeps its source text. */
  JsonNode expression() {
    int startToken = at;
    int depth = 0;
    while (true) {
      Token t = peek();
      if (t.kind() == Kind.END) {
        break;
      }
      if (depth == 0 && (endsValue(t) || at > startToken && startsStatementOnNewLine(t))) {
        break;
      }
      if (t.is("{") || t.is("[") || t.is("(")) {
        depth++;
      } else if (t.is("}") || t.is("]") || t.is(")")) {
        depth--;
      }
      at++;
    }
    if (at == startToken) {
      throw syntax(peek(), "expected a value, found " + describe(peek()));
    }
    String text = source.substring(tokens.get(startToken).start(), tokens.get(at - 1).end());
    return new POJONode(new JsModule.Expression(text.strip()));
  }

  static boolean endsValue(Token t) {
    return t.kind() == Kind.END || t.is(",") || t.is("}") || t.is("]") || t.is(")") || t.is(";");
  }

  boolean startsStatementOnNewLine(Token t) {
    return t.kind() == Kind.NAME
        && STATEMENT_STARTS.contains(t.text())
        && t.line() > tokens.get(at - 1).line();
  }

  /** Skips a TypeScript type (after ':', 'as' or 'satisfies') up to '=', ',', ';' or a close. */
  void skipType() {
    int depth = 0;
    while (peek().kind() != Kind.END) {
      Token t = peek();
      if (depth == 0 && (endsValue(t) || t.is("=") || startsOnNewLine(t))) {
        return;
      }
      if (t.is("{") || t.is("[") || t.is("(") || t.is("<")) {
        depth++;
      } else if (t.is("}") || t.is("]") || t.is(")") || t.is(">")) {
        depth--;
      }
      at++;
    }
  }

  void skipMember() {
    int depth = 0;
    while (peek().kind() != Kind.END) {
      Token t = peek();
      if (depth == 0 && (t.is(",") || t.is("}"))) {
        return;
      }
      depth +=
          t.is("{") || t.is("[") || t.is("(") ? 1 : t.is("}") || t.is("]") || t.is(")") ? -1 : 0;
      at++;
    }
  }

  void endStatement() {
    if (peek().is(";")) {
      at++;
    }
  }

  void skipStatement() {
    int startToken = at;
    int depth = 0;
    while (peek().kind() != Kind.END) {
      Token t = peek();
      if (depth == 0 && t.is(";")) {
        at++;
        return;
      }
      if (depth == 0 && at > startToken && startsStatementOnNewLine(t)) {
        return;
      }
      depth +=
          t.is("{") || t.is("[") || t.is("(") ? 1 : t.is("}") || t.is("]") || t.is(")") ? -1 : 0;
      at++;
    }
  }

  Token peek() {
    return peek(0);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(at + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = peek();
    if (at < tokens.size() - 1) {
      at++;
    }
    return t;
  }

  static String describe(Token t) {
    return switch (t.kind()) {
      case END -> "the end of the file";
      case STRING -> "a string";
      default -> "'" + t.text() + "'";
    };
  }

  ConfigException syntax(Token t, String what) {
    return JsLexer.syntax(display, t.line(), t.column(), what);
  }
}
