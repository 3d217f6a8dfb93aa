package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.cogsh.config.JsLexer.Kind;
import dev.cogsh.config.JsLexer.Token;

/**
 * Reads the object literals of a JavaScript (or TypeScript, or JSON) configuration module without
 * running it: unquoted keys, single, double and template quotes, trailing commas, comments, {@code
 * export default}, {@code const x = {…}; export default x;}, {@code module.exports =}. Statements
 * it does not understand (imports, functions, conditionals) are skipped; values it cannot compute
 * are kept as expressions.
 */
final class JsParser extends JsCursor {

  private JsParser(String source, String display) {
    super(source, display);
  }

  /** Parses a module; throws {@link ConfigException} with line and column when it cannot. */
  static JsModule parse(String source, String display) {
    return new JsParser(source, display).module();
  }

  private JsModule module() {
    JsModule module = new JsModule();
    while (peek().kind() != Kind.END) {
      Token t = peek();
      if (t.is(";")) {
        at++;
      } else if (t.is("export") && peek(1).is("default")) {
        at += 2;
        module.export(valueThenEnd());
      } else if (t.is("export") && isDeclaration(peek(1))) {
        at++;
        declaration(module);
      } else if (isDeclaration(t)) {
        declaration(module);
      } else if (t.is("module") && peek(1).is(".") && peek(2).is("exports") && peek(3).is("=")) {
        at += 4;
        module.export(valueThenEnd());
      } else if (t.is("export") && peek(1).is("{")) {
        exportList(module);
      } else if (at == 0 && (t.is("{") || t.is("["))) {
        module.export(valueThenEnd()); // a bare JSON document, such as amplify_outputs.json
      } else {
        skipStatement();
      }
    }
    return module;
  }

  private static boolean isDeclaration(Token t) {
    return t.is("const") || t.is("let") || t.is("var");
  }

  private void declaration(JsModule module) {
    at++; // const / let / var
    while (true) {
      Token name = peek();
      if (name.kind() != Kind.NAME) {
        skipStatement(); // destructuring and the like
        return;
      }
      at++;
      if (peek().is(":")) {
        at++;
        skipType();
      }
      if (!peek().is("=")) {
        skipStatement();
        return;
      }
      at++;
      module.bind(name.text(), value());
      if (peek().is(",")) {
        at++;
        continue;
      }
      endStatement();
      return;
    }
  }

  private void exportList(JsModule module) {
    at += 2; // export {
    while (!peek().is("}") && peek().kind() != Kind.END) {
      Token name = next();
      if (peek().is("as") && peek(1).is("default")) {
        at += 2;
        module.export(new POJONode(new JsModule.Reference(name.text())));
      }
      if (peek().is(",")) {
        at++;
      }
    }
    skipStatement();
  }

  private JsonNode valueThenEnd() {
    JsonNode value = value();
    endStatement();
    return value;
  }

  /** One value; anything that is more than a literal becomes an {@link JsModule.Expression}. */
  private JsonNode value() {
    int startToken = at;
    JsonNode value = primary();
    while (peek().is("as") || peek().is("satisfies")) {
      at++;
      skipType(); // TypeScript: `{…} as const`, `{…} satisfies Config`
    }
    if (endsValue(peek()) || startsOnNewLine(peek())) {
      return value;
    }
    at = startToken;
    return expression();
  }

  private JsonNode primary() {
    Token t = next();
    switch (t.kind()) {
      case STRING:
        return NODES.textNode(t.text());
      case NUMBER:
        return number(t, false);
      case NAME:
        return switch (t.text()) {
          case "true" -> NODES.booleanNode(true);
          case "false" -> NODES.booleanNode(false);
          case "null", "undefined" -> NODES.nullNode();
          default -> new POJONode(new JsModule.Reference(t.text()));
        };
      default:
        break;
    }
    if (t.is("{")) {
      return object();
    }
    if (t.is("[")) {
      return array();
    }
    if (t.is("-") && peek().kind() == Kind.NUMBER) {
      return number(next(), true);
    }
    at--;
    return expression();
  }

  private ObjectNode object() {
    ObjectNode object = NODES.objectNode();
    int spreads = 0;
    while (!peek().is("}")) {
      Token key = next();
      if (key.kind() == Kind.END) {
        throw syntax(key, "the object is never closed (missing })");
      }
      if (key.is("...")) {
        object.set(JsModule.SPREAD_KEY + spreads++, new POJONode(new JsModule.Spread(value())));
      } else if (key.kind() == Kind.STRING
          || key.kind() == Kind.NAME
          || key.kind() == Kind.NUMBER) {
        if (peek().is(":")) {
          at++;
          object.set(key.text(), value());
        } else if (peek().is(",") || peek().is("}")) {
          object.set(key.text(), new POJONode(new JsModule.Reference(key.text())));
        } else {
          skipMember(); // a method or accessor
        }
      } else if (key.is("[")) {
        at--;
        skipMember(); // a computed key
      } else {
        throw syntax(key, "expected a property name, found " + describe(key));
      }
      if (peek().is(",")) {
        at++;
      } else if (!peek().is("}")) {
        throw syntax(peek(), "expected , or } after a property, found " + describe(peek()));
      }
    }
    at++;
    return object;
  }

  private ArrayNode array() {
    ArrayNode array = NODES.arrayNode();
    while (!peek().is("]")) {
      if (peek().kind() == Kind.END) {
        throw syntax(peek(), "the array is never closed (missing ])");
      }
      if (peek().is(",")) {
        at++;
        array.addNull(); // a hole
        continue;
      }
      if (peek().is("...")) {
        at++;
      }
      array.add(value());
      if (peek().is(",")) {
        at++;
      } else if (!peek().is("]")) {
        throw syntax(peek(), "expected , or ] in an array, found " + describe(peek()));
      }
    }
    at++;
    return array;
  }
}
