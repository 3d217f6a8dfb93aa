package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few GraphQL documents the sandbox's AppSync endpoint understands, parsed by hand (no GraphQL
 * library): one operation, shorthand {@code { … }} or {@code query}/{@code mutation} with an
 * optional name and variable definitions; fields with optional aliases, string or {@code $variable}
 * arguments and sub-selections. Fragments, directives, subscriptions and several operations are
 * refused with a message that says so.
 *
 * @param kind {@code query} or {@code mutation}
 * @param fields the operation's top-level selection
 */
record GraphQlQuery(String kind, List<Field> fields) {

  /**
   * One selected field.
   *
   * @param alias the name it answers under (the field name when no alias)
   * @param name the field
   * @param arguments argument name to its string value, variables already substituted
   * @param selection the sub-selection, empty for a leaf
   * @param line where it starts (1-based), for error locations
   * @param column where it starts (1-based)
   */
  record Field(
      String alias,
      String name,
      Map<String, String> arguments,
      List<Field> selection,
      int line,
      int column) {}

  /** A document the sandbox cannot run; the message is AppSync-like. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** Parses {@code text}, taking {@code $variables} from {@code variables} (may be null). */
  static GraphQlQuery parse(String text, JsonNode variables) {
    return new Parser(text, variables).document();
  }

  private static final class Parser {
    private final String text;
    private final JsonNode variables;
    private int at;

    Parser(String text, JsonNode variables) {
      this.text = text;
      this.variables = variables;
    }

    GraphQlQuery document() {
      skip();
      String kind = "query";
      if (!peek('{')) {
        String word = name("'{', 'query' or 'mutation'");
        if (word.equals("subscription") || word.equals("fragment")) {
          throw new Invalid(
              "The sandbox's AppSync answers queries and mutations only, not a " + word);
        }
        if (!word.equals("query") && !word.equals("mutation")) {
          throw syntax("expected '{', 'query' or 'mutation', found '" + word + "'");
        }
        kind = word;
        if (!peek('{') && !peek('(')) {
          name("an operation name");
        }
        if (peek('(')) {
          variableDefinitions();
        }
      }
      List<Field> fields = selectionSet();
      if (at < text.length()) {
        throw new Invalid(
            "The sandbox's AppSync runs one operation per request, without fragments (at "
                + position(at)
                + ")");
      }
      return new GraphQlQuery(kind, fields);
    }

    private void variableDefinitions() {
      expect('(');
      while (!peek(')')) {
        expect('$');
        name("a variable name");
        expect(':');
        type();
        if (peek('=')) {
          throw syntax("default values of variables are not supported by the sandbox");
        }
        optional(',');
      }
      expect(')');
    }

    private void type() {
      if (peek('[')) {
        expect('[');
        type();
        expect(']');
      } else {
        name("a type");
      }
      optional('!');
    }

    private List<Field> selectionSet() {
      expect('{');
      List<Field> fields = new ArrayList<>();
      while (!peek('}')) {
        if (at >= text.length()) {
          throw syntax("expected '}', found the end");
        }
        if (peek('.')) {
          throw new Invalid(
              "The sandbox's AppSync does not support fragments (... at " + position(at) + ")");
        }
        fields.add(field());
        optional(',');
      }
      expect('}');
      return List.copyOf(fields);
    }

    private Field field() {
      int start = at;
      String alias = name("a field name");
      String name = alias;
      if (peek(':')) {
        expect(':');
        name = name("a field name after the alias");
      }
      Map<String, String> arguments = new LinkedHashMap<>();
      if (peek('(')) {
        expect('(');
        while (!peek(')')) {
          String argument = name("an argument name");
          expect(':');
          arguments.put(argument, value(argument));
          optional(',');
        }
        expect(')');
      }
      if (peek('@')) {
        throw new Invalid(
            "The sandbox's AppSync does not support directives (@ at " + position(at) + ")");
      }
      List<Field> selection = peek('{') ? selectionSet() : List.of();
      int[] where = lineColumn(start);
      return new Field(alias, name, Map.copyOf(arguments), selection, where[0], where[1]);
    }

    private String value(String argument) {
      if (peek('$')) {
        expect('$');
        String variable = name("a variable name");
        JsonNode v = variables == null ? null : variables.get(variable);
        if (v == null || v.isNull()) {
          throw new Invalid(
              "Variable '" + variable + "' has coerced Null value for NonNull type 'String!'");
        }
        if (!v.isValueNode()) {
          throw new Invalid("Variable '" + variable + "' must be a string for the sandbox");
        }
        return v.asText();
      }
      if (peek('"')) {
        return string();
      }
      throw syntax("the value of '" + argument + "' must be a \"string\" or a $variable");
    }

    private String string() {
      int start = at;
      at++; // the opening quote
      StringBuilder out = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\' && at < text.length()) {
          char e = text.charAt(at++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'u' -> {
              if (at + 4 > text.length()) {
                throw syntax("a \\u escape needs four hex digits");
              }
              try {
                out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              } catch (NumberFormatException ex) {
                throw syntax("a \\u escape needs four hex digits");
              }
              at += 4;
            }
            default -> out.append(e);
          }
        } else if (c == '\n') {
          throw syntax("a string that starts at " + position(start) + " is not closed");
        } else {
          out.append(c);
        }
      }
      if (at >= text.length()) {
        throw syntax("a string that starts at " + position(start) + " is not closed");
      }
      at++;
      skip();
      return out.toString();
    }

    private String name(String what) {
      int start = at;
      while (at < text.length()
          && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
        at++;
      }
      if (start == at || Character.isDigit(text.charAt(start))) {
        throw syntax(
            "expected "
                + what
                + ", found "
                + (at >= text.length() ? "the end" : "'" + text.charAt(start) + "'"));
      }
      String word = text.substring(start, at);
      skip();
      return word;
    }

    private boolean peek(char c) {
      return at < text.length() && text.charAt(at) == c;
    }

    private void optional(char c) {
      if (peek(c)) {
        expect(c);
      }
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw syntax(
            "expected '"
                + c
                + "', found "
                + (at >= text.length() ? "the end" : "'" + text.charAt(at) + "'"));
      }
      at++;
      skip();
    }

    /** Skips white space and {@code #} comments (commas are handled where they may stand). */
    private void skip() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '#') {
          while (at < text.length() && text.charAt(at) != '\n') {
            at++;
          }
        } else if (Character.isWhitespace(c) || c == '\uFEFF') {
          at++;
        } else {
          return;
        }
      }
    }

    private Invalid syntax(String message) {
      return new Invalid("Invalid syntax: " + message + " at " + position(at));
    }

    private String position(int offset) {
      int[] where = lineColumn(offset);
      return "line " + where[0] + ", column " + where[1];
    }

    private int[] lineColumn(int offset) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < Math.min(offset, text.length()); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new int[] {line, column};
    }
  }
}
