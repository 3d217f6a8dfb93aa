package dev.cogsh.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsParserTest {

  private static JsonNode exported(String source) {
    return JsParser.parse(source, "test.js").exported().orElseThrow();
  }

  @Test
  void exportDefault_withUnquotedKeysMixedQuotesAndTrailingCommas_readsEveryValue() {
    JsonNode v =
        exported(
            "export default {\n"
                + "  a: 'single', \"b\": \"double\", c: `template`,\n"
                + "  nested: { d: [1, 2, 3,], },\n"
                + "};\n");
    assertThat(v.get("a").textValue()).isEqualTo("single");
    assertThat(v.get("b").textValue()).isEqualTo("double");
    assertThat(v.get("c").textValue()).isEqualTo("template");
    assertThat(v.get("nested").get("d")).hasSize(3);
  }

  @Test
  void comments_areSkipped_butSlashesInsideStringsAreKept() {
    JsonNode v =
        exported(
            "// leading\n/* block\n comment */ export default { /* inline */ url: 'https://x/y',"
                + " // trailing\n other: \"a//b/*c*/\" };");
    assertThat(v.get("url").textValue()).isEqualTo("https://x/y");
    assertThat(v.get("other").textValue()).isEqualTo("a//b/*c*/");
  }

  @Test
  void constThenExportDefault_resolvesTheName() {
    JsonNode v = exported("const awsmobile = { x: 'y' };\n\n\nexport default awsmobile;\n");
    assertThat(v.get("x").textValue()).isEqualTo("y");
  }

  @Test
  void moduleExports_isTheExport() {
    assertThat(exported("const c = {x: 1}\nmodule.exports = c").get("x").intValue()).isEqualTo(1);
  }

  @Test
  void exportAsDefault_inAnExportList_isTheExport() {
    assertThat(exported("const c = {x: 1};\nexport { c as default };").get("x").intValue())
        .isEqualTo(1);
  }

  @Test
  void numbersBooleansNullAndUndefined_becomeJsonValues() {
    JsonNode v =
        exported(
            "export default { i: 5000000, neg: -2, f: 1.5, e: 1.522664214E9, hex: 0x1F, sep: 1_000,"
                + " t: true, f2: false, n: null, u: undefined }");
    assertThat(v.get("i").longValue()).isEqualTo(5000000);
    assertThat(v.get("neg").intValue()).isEqualTo(-2);
    assertThat(v.get("f").doubleValue()).isEqualTo(1.5);
    assertThat(v.get("e").decimalValue().longValueExact()).isEqualTo(1522664214L);
    assertThat(v.get("hex").intValue()).isEqualTo(31);
    assertThat(v.get("sep").intValue()).isEqualTo(1000);
    assertThat(v.get("t").booleanValue()).isTrue();
    assertThat(v.get("f2").booleanValue()).isFalse();
    assertThat(v.get("n").isNull()).isTrue();
    assertThat(v.get("u").isNull()).isTrue();
  }

  @Test
  void escapes_areDecoded() {
    JsonNode v = exported("export default { s: 'it\\'s \\u0041\\x42\\n', d: \"q\\\"q\" }");
    assertThat(v.get("s").textValue()).isEqualTo("it's AB\n");
    assertThat(v.get("d").textValue()).isEqualTo("q\"q");
  }

  @Test
  void runtimeValues_stayExpressionsWithTheirSource() {
    JsonNode v =
        exported(
            "export default { a: import.meta.env.VITE_A, b: process.env.B || 'x',"
                + " c: `${base}/prod`, d: cond ? 1 : 2, e: f(1, {g: 2}) }");
    assertThat(JsModule.expression(v.get("a"))).contains("import.meta.env.VITE_A");
    assertThat(JsModule.expression(v.get("b"))).contains("process.env.B || 'x'");
    assertThat(JsModule.expression(v.get("c"))).contains("`${base}/prod`");
    assertThat(JsModule.expression(v.get("d"))).contains("cond ? 1 : 2");
    assertThat(JsModule.expression(v.get("e"))).contains("f(1, {g: 2})");
  }

  @Test
  void spreads_ofKnownObjects_areMergedInOrder() {
    JsonNode v = exported("const base = { a: 1, b: 2 };\nexport default { b: 0, ...base, c: 3 };");
    assertThat(v.get("a").intValue()).isEqualTo(1);
    assertThat(v.get("b").intValue()).isEqualTo(2);
    assertThat(v.get("c").intValue()).isEqualTo(3);
  }

  @Test
  void shorthandProperties_referToBindings() {
    JsonNode v = exported("const region = 'us-east-1';\nexport default { region };");
    assertThat(v.get("region").textValue()).isEqualTo("us-east-1");
  }

  @Test
  void typeScript_asConstAndTypeAnnotations_areIgnored() {
    JsonNode v = exported("const c: Config = { a: 'b' } as const;\nexport default c satisfies X;");
    assertThat(v.get("a").textValue()).isEqualTo("b");
  }

  @Test
  void importsFunctionsAndCalls_areSkipped() {
    JsonNode v =
        exported(
            "import { Amplify } from 'aws-amplify'\n"
                + "function f(x) { return { no: 1 }; }\n"
                + "Amplify.configure({ a: 1 });\n"
                + "export default { yes: 'y' }\n");
    assertThat(v.get("yes").textValue()).isEqualTo("y");
    assertThat(v.has("no")).isFalse();
  }

  @Test
  void bareJson_isTheExport() {
    assertThat(exported("{ \"a\": [ {\"b\": null} ] }").get("a").get(0).get("b").isNull()).isTrue();
  }

  @Test
  void unterminatedString_reportsLineAndColumn() {
    assertThatThrownBy(() -> exported("export default {\n  a: 'oops,\n}"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("test.js line 2, column 6: a string starting here is never closed (missing ')");
  }

  @Test
  void unclosedObject_reportsWhereTheFileEnds() {
    assertThatThrownBy(() -> exported("export default {\n  a: 1,\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("line 3, column 1")
        .hasMessageContaining("the object is never closed (missing })");
  }

  @Test
  void missingComma_reportsTheTokenFound() {
    assertThatThrownBy(() -> exported("export default {\n  a: 1\n  b: 2\n}"))
        .hasMessage("test.js line 3, column 3: expected , or } after a property, found 'b'");
  }

  @Test
  void unclosedComment_isReported() {
    assertThatThrownBy(() -> exported("/* never closed\nexport default {}"))
        .hasMessageContaining("line 1, column 1: a /* comment is never closed");
  }
}
