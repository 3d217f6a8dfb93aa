package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a front-end configuration module declares, as JSON trees: its top-level {@code const}/{@code
 * let}/{@code var} bindings and its default export ({@code export default}, {@code module.exports
 * =}). Names that refer to other bindings are resolved; values that only run-time JavaScript can
 * compute stay as {@link Expression} nodes holding their source text.
 */
final class JsModule {

  /** A value cogsh cannot compute without running JavaScript, e.g. {@code process.env.X}. */
  record Expression(String source) {
    @Override
    public String toString() {
      return source;
    }
  }

  /** A bare name that may refer to a top-level binding; resolved after parsing. */
  record Reference(String name) {}

  /** An object spread ({@code ...other}); resolved after parsing. */
  record Spread(JsonNode value) {}

  static final String SPREAD_KEY = "...";

  private final Map<String, JsonNode> bindings = new LinkedHashMap<>();
  private JsonNode exported;

  void bind(String name, JsonNode value) {
    bindings.put(name, value);
  }

  void export(JsonNode value) {
    exported = value;
  }

  /** The default export, references and spreads resolved; empty when the module exports nothing. */
  Optional<JsonNode> exported() {
    return Optional.ofNullable(exported).map(v -> resolve(v, new HashSet<>()));
  }

  /** Every top-level binding whose value is an object, resolved, in source order. */
  Map<String, JsonNode> objectBindings() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    bindings.forEach(
        (name, value) -> {
          JsonNode resolved = resolve(value, new HashSet<>(Set.of(name)));
          if (resolved.isObject()) {
            out.put(name, resolved);
          }
        });
    return out;
  }

  private JsonNode resolve(JsonNode node, Set<String> visiting) {
    if (node instanceof POJONode pojo && pojo.getPojo() instanceof Reference ref) {
      JsonNode target = bindings.get(ref.name());
      if (target == null || !visiting.add(ref.name())) {
        return new POJONode(new Expression(ref.name()));
      }
      JsonNode resolved = resolve(target, visiting);
      visiting.remove(ref.name());
      return resolved;
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().startsWith(SPREAD_KEY)
            && e.getValue() instanceof POJONode pojo
            && pojo.getPojo() instanceof Spread spread) {
          JsonNode spreadValue = resolve(spread.value(), visiting);
          if (spreadValue.isObject()) {
            out.setAll((ObjectNode) spreadValue);
          } else {
            out.set(e.getKey(), new POJONode(new Spread(spreadValue)));
          }
        } else {
          out.set(e.getKey(), resolve(e.getValue(), visiting));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> out.add(resolve(element, visiting)));
      return out;
    }
    return node;
  }

  /** The expression text of a node that holds one, if it does. */
  static Optional<String> expression(JsonNode node) {
    if (node instanceof POJONode pojo && pojo.getPojo() instanceof Expression e) {
      return Optional.of(e.source());
    }
    return Optional.empty();
  }
}
