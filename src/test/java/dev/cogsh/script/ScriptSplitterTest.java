package dev.cogsh.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cogsh.engine.Engine;
import dev.cogsh.script.ScriptSnippet.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scripts cut by the compiler: where each step starts, what kind it is. */
class ScriptSplitterTest {

  private static Engine engine;
  private static ScriptSplitter splitter;

  @BeforeAll
  static void start() {
    engine = ScriptEngines.start();
    splitter = new ScriptSplitter(engine::split);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static List<ScriptSnippet> split(String text) {
    return splitter.split("t.jsh", text);
  }

  /** Each row: a script, then (kind, line, first line of the step's code) for every step. */
  static Stream<Arguments> scripts() {
    return Stream.of(
        row(
            "int a = 1;\nint b = 2;\n",
            step(Kind.JAVA, 1, "int a = 1;"),
            step(Kind.JAVA, 2, "int b = 2;")),
        row(
            "int a = 1; int b = 2;",
            step(Kind.JAVA, 1, "int a = 1;"),
            step(Kind.JAVA, 1, "int b = 2;")),
        row(
            "String s = \"x\"\n    + \"y\";\nint n = s.length();\n",
            step(Kind.JAVA, 1, "String s = \"x\""),
            step(Kind.JAVA, 3, "int n = s.length();")),
        row(
            "api.request(\"GET\", \"/notes\")\n    .query(\"a\", 1)\n    .send();\n/whoami\n",
            step(Kind.JAVA, 1, "api.request(\"GET\", \"/notes\")"),
            step(Kind.COMMAND, 4, "/whoami")),
        row(
            "int twice(int x) {\n  return 2 * x;\n}\nclass Box {\n  int v;\n}\n",
            step(Kind.JAVA, 1, "int twice(int x) {"),
            step(Kind.JAVA, 4, "class Box {")),
        row(
            "int a = 1;\n/vars\n  /imports\nint b = 2;",
            step(Kind.JAVA, 1, "int a = 1;"),
            step(Kind.COMMAND, 2, "/vars"),
            step(Kind.COMMAND, 3, "/imports"),
            step(Kind.JAVA, 4, "int b = 2;")),
        row("/login demo@example.com\n", step(Kind.COMMAND, 1, "/login demo@example.com")),
        row("// sign in first\n\n/* then */ auth.login();\n", step(Kind.JAVA, 3, "auth.login();")),
        row("// only a comment\n\n/* and another */\n"),
        row("String path = \"\"\"\n/notes\n\"\"\";\n", step(Kind.JAVA, 1, "String path = \"\"\"")),
        row("/*\n/not a command\n*/\nint c = 3;", step(Kind.JAVA, 4, "int c = 3;")),
        row(
            "void f() {\n  int x = 1;\n/vars\n}\nint d;",
            step(Kind.JAVA, 1, "void f() {"),
            step(Kind.JAVA, 5, "int d;")),
        row("1 + 1\n/vars", step(Kind.JAVA, 1, "1 + 1"), step(Kind.COMMAND, 2, "/vars")),
        row(
            "int e = 1;\nvoid g() {\n  e++;\n",
            step(Kind.JAVA, 1, "int e = 1;"),
            step(Kind.INCOMPLETE, 2, "void g() {")));
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void split_cutsWhereTheCompilerSays_andPlacesEachStep(String text, List<Object[]> expected) {
    assertThat(split(text))
        .extracting(s -> s.kind(), s -> s.line(), s -> s.code().lines().findFirst().orElse(""))
        .containsExactly(
            expected.stream().map(e -> tuple(e)).toArray(org.assertj.core.groups.Tuple[]::new));
  }

  @Test
  void split_keepsTheWholeMultiLineSnippetAsOneSource() {
    List<ScriptSnippet> steps = split("int twice(int x) {\n  return 2 * x;\n}\n");

    assertThat(steps)
        .singleElement()
        .extracting(ScriptSnippet::source)
        .isEqualTo("int twice(int x) {\n  return 2 * x;\n}");
  }

  @Test
  void split_namesTheFileInEveryStep() {
    assertThat(splitter.split("a/b.jsh", "int a;\n/vars"))
        .extracting(ScriptSnippet::location)
        .containsExactly("a/b.jsh:1", "a/b.jsh:2");
  }

  private static Arguments row(String text, Object[]... steps) {
    return Arguments.of(text, List.of(steps));
  }

  private static Object[] step(Kind kind, int line, String firstLine) {
    return new Object[] {kind, line, firstLine};
  }
}
