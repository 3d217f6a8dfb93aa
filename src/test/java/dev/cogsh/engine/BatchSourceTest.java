package dev.cogsh.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link BatchSource}: which snippets may share one evaluation, and the batch it writes. */
class BatchSourceTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "n += 1;",
        "n++;",
        "--n;",
        "x = 3;",
        "a[0] = 3;",
        "System.out.println(\"hi\");",
        "api.get(\"/notes\").json();",
        "check(n == 3, \"three\");",
        "new Thread(() -> {}).start();",
        "mapper.readValue(json, Note.class);",
        "// a comment first\nfoo(1);",
        "if (n > 0) System.out.println(n);",
        "for (int i = 0; i < 3; i++) { n += i; }",
        "{ int local = 1; n += local; }",
        "try { foo(); } catch (Exception e) { }",
        "while (n < 10) n++;",
        "throw new IllegalStateException(\"x\");"
      })
  void statements_areBatchable(String source) {
    assertThat(BatchSource.step(source)).as(source).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "int n = 0;",
        "String s;",
        "Foo<Bar> x;",
        "Foo<Bar> x = new Foo<>();",
        "java.util.List<String> names = List.of();",
        "int[] a = {1};",
        "Foo[] a;",
        "var r = api.get(\"/x\");",
        "final int k = 1;",
        "@Deprecated void m() {}",
        "void m() {}",
        "String name() { return \"x\"; }",
        "class A {}",
        "record P(int x) {}",
        "enum E { A }",
        "interface I {}",
        "import java.util.*;",
        "static int k = 1;",
        "label: for (;;) {}",
        "return;",
        "for (int i = 0; i < 3; i++) { if (i == 1) break; }",
        "switch (n) { default -> foo(); }",
        "$1 + 1;",
        "System.out.println($12);",
        "n;",
        "a.b;",
        "n == 1;",
        "a < b;",
        "Runnable r = () -> {};",
        "Foo::bar;",
        "/help",
        "foo(",
        "new Runnable() { public void run() {} }.run();"
      })
  void declarationsAndAnythingUnclear_areNot(String source) {
    assertThat(BatchSource.step(source)).as(source).isEmpty();
  }

  @Test
  void expressions_loseTheirSemicolon_andAPlainAssignmentKeepsItsName() {
    BatchStep assignment = BatchSource.step("x = 3; // trailing").orElseThrow();
    BatchStep compound = BatchSource.step("x += 3;").orElseThrow();
    BatchStep statement = BatchSource.step("if (x > 0) foo();").orElseThrow();

    assertThat(assignment.expression()).isEqualTo("x = 3");
    assertThat(assignment.assigned()).isEqualTo("x");
    assertThat(compound.assigned()).as("JShell names a compound assignment $N").isNull();
    assertThat(statement.isExpression()).isFalse();
  }

  @Test
  void theBatch_callsTheHostAroundEachStep_eachOnItsOwnLines() {
    BatchSource.Batch batch =
        BatchSource.build(
            List.of(
                BatchSource.step("n += 1;").orElseThrow(),
                BatchSource.step("if (n > 0) {\n  foo();\n}").orElseThrow(),
                BatchSource.step("// note\nbar();").orElseThrow()));

    String host = BatchSteps.class.getName();
    assertThat(batch.source())
        .isEqualTo(
            "{\n"
                + host
                + ".step(0, () -> n += 1\n);\n"
                + host
                + ".begin(1); if (n > 0) {\n  foo();\n}\n"
                + host
                + ".end(1);\n"
                + host
                + ".step(2, () -> // note\nbar()\n);\n"
                + "}");
    assertThat(batch.firstLines()).containsExactly(2, 4, 8);
    assertThat(batch.stepLine(1, 5)).as("foo() is line 2 of its step").isEqualTo(2);
    assertThat(batch.stepLine(2, 9)).isEqualTo(2);
  }
}
