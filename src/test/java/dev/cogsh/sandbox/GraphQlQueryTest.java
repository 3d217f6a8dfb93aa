package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sandbox's hand-made GraphQL parser: the shapes it takes and the ones it refuses. */
class GraphQlQueryTest {

  @Test
  void shorthand_isAQuery_withNestedSelection() {
    GraphQlQuery q = GraphQlQuery.parse("{ notes { id content } }", null);

    assertThat(q.kind()).isEqualTo("query");
    assertThat(q.fields())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("notes");
              assertThat(f.selection())
                  .extracting(GraphQlQuery.Field::name)
                  .containsExactly("id", "content");
              assertThat(f.line()).isEqualTo(1);
              assertThat(f.column()).isEqualTo(3);
            });
  }

  @Test
  void namedMutation_withVariables_aliasesCommasAndComments() {
    var variables = JsonNodeFactory.instance.objectNode().put("c", "hi \"there\"");
    GraphQlQuery q =
        GraphQlQuery.parse(
            "# make one\nmutation Make($c: String!, $n: [Int!]) {\n"
                + "  made: createNote(content: $c) { id, content }\n}",
            variables);

    assertThat(q.kind()).isEqualTo("mutation");
    GraphQlQuery.Field f = q.fields().get(0);
    assertThat(f.alias()).isEqualTo("made");
    assertThat(f.name()).isEqualTo("createNote");
    assertThat(f.arguments()).isEqualTo(Map.of("content", "hi \"there\""));
    assertThat(f.line()).isEqualTo(3);
  }

  @Test
  void stringLiterals_takeEscapes() {
    GraphQlQuery q =
        GraphQlQuery.parse("mutation { createNote(content: \"a\\nb\\u00e9\\\"\") { id } }", null);

    assertThat(q.fields().get(0).arguments().get("content")).isEqualTo("a\nb\u00e9\"");
    assertThat(q.fields()).extracting(GraphQlQuery.Field::selection).isNotEqualTo(List.of());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{ notes { id }|Invalid syntax: expected '}', found the end at line 1, column 15",
        "notes { id }|Invalid syntax: expected '{', 'query' or 'mutation', found 'notes' at line 1,"
            + " column 7",
        "subscription { onNote { id } }|The sandbox's AppSync answers queries and mutations only,"
            + " not a subscription",
        "{ notes { ...F } }|The sandbox's AppSync does not support fragments (... at line 1, column"
            + " 11)",
        "{ a } { b }|The sandbox's AppSync runs one operation per request, without fragments (at line"
            + " 1, column 7)",
        "mutation { createNote(content: 5) { id } }|Invalid syntax: the value of 'content' must be a"
            + " \"string\" or a $variable at line 1, column 32",
        "mutation ($c: String!) { createNote(content: $c) { id } }|Variable 'c' has coerced Null value"
            + " for NonNull type 'String!'",
        "{ notes @include(if: true) { id } }|The sandbox's AppSync does not support directives (@ at"
            + " line 1, column 9)",
        "{ note(id: \"x) { id } }|Invalid syntax: a string that starts at line 1, column 12 is not"
            + " closed at line 1, column 24",
      })
  void refused_withAMessageSayingWhy(String query, String message) {
    assertThatThrownBy(() -> GraphQlQuery.parse(query, null))
        .isInstanceOf(GraphQlQuery.Invalid.class)
        .hasMessage(message);
  }
}
