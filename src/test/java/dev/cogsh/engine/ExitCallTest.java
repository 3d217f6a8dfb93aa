package dev.cogsh.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A snippet's {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt}, in every shape
 * javac compiles them to, in a real in-process JShell: each is refused with a {@link SnippetExit}
 * and this JVM (the test's) goes on. Were one missed, the test run itself would end.
 */
class ExitCallTest {

  private static Engine engine;

  @BeforeAll
  static void startEngine() {
    engine = Engine.start(EngineTest.options(snippets -> List.of()));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  private static SnippetExit refused(String snippet) {
    Outcome outcome = engine.eval(snippet);
    assertThat(outcome).as(snippet).isInstanceOf(Outcome.Failed.class);
    Throwable thrown = ((Outcome.Failed) outcome).exception();
    assertThat(thrown).as(snippet).isInstanceOf(SnippetExit.class);
    return (SnippetExit) thrown;
  }

  @Test
  void systemExit_isRefused_withTheCallItsStatusAndItsLine() {
    SnippetExit exit = refused("{\n  int a = 1;\n  if (a == 1) {\n    System.exit(3);\n  }\n}");

    assertThat(exit.callText()).isEqualTo("System.exit(3)");
    assertThat(exit.status()).isEqualTo(3);
    assertThat(exit.line()).isEqualTo(4);
    assertThat(exit.getMessage()).isEqualTo("System.exit(3) at line 4 of the snippet");
    assertThat(exit.hint()).isEqualTo("/exit 3 leaves cogsh with this status");
  }

  @Test
  void runtimeExitAndHalt_areRefused() {
    assertThat(refused("Runtime.getRuntime().exit(4);").callText()).isEqualTo("Runtime.exit(4)");
    assertThat(refused("Runtime.getRuntime().halt(5);").callText()).isEqualTo("Runtime.halt(5)");
    assertThat(refused("{ Runtime r = Runtime.getRuntime(); r.exit(6); }").status()).isEqualTo(6);
  }

  @Test
  void methodReferencesAndLambdas_areRefused() {
    assertThat(refused("((java.util.function.IntConsumer) System::exit).accept(7);").status())
        .isEqualTo(7);
    assertThat(
            refused("((java.util.function.IntConsumer) Runtime.getRuntime()::exit).accept(8);")
                .callText())
        .isEqualTo("Runtime.exit(8)");
    assertThat(
            refused(
                    "((java.util.function.ObjIntConsumer<Runtime>) Runtime::halt)"
                        + ".accept(Runtime.getRuntime(), 9);")
                .callText())
        .isEqualTo("Runtime.halt(9)");
    assertThat(refused("{ Runnable bye = () -> System.exit(10); bye.run(); }").status())
        .isEqualTo(10);
  }

  @Test
  void callsInsideDeclaredMethodsAndClasses_areRefused() {
    engine.eval("void leave(int code) { System.exit(code); }");
    assertThat(refused("leave(11);").status()).isEqualTo(11);

    engine.eval("class Quitter { void quit() { Runtime.getRuntime().exit(12); } }");
    assertThat(refused("new Quitter().quit();").status()).isEqualTo(12);
  }

  @Test
  void aCatchOfException_doesNotSwallowIt() {
    assertThat(refused("try { System.exit(13); } catch (Exception e) { }").status()).isEqualTo(13);
  }

  @Test
  void codeAroundTheCall_withSwitchesAndWideLocals_stillRuns() {
    // tableswitch, lookupswitch and more than 256 locals (wide loads) before and after the call
    StringBuilder locals = new StringBuilder("void wide(int k) {\n");
    for (int i = 0; i < 300; i++) {
      locals.append("  int v").append(i).append(" = k + ").append(i).append(";\n");
    }
    locals.append("  if (v299 == 300) { Runtime.getRuntime().exit(v299 - 286); }\n}");
    engine.eval(locals.toString());
    engine.eval(
        "int pick(int n) { switch (n) { case 1: return 10; case 2: return 20; case 3: return 30;"
            + " default: switch (n) { case 100: return 1; case 9999: return 2; default: return 0; }"
            + " } }");

    assertThat(engine.eval("pick(2) + pick(9999)"))
        .isInstanceOfSatisfying(
            Outcome.Value.class, value -> assertThat(value.value()).isEqualTo("22"));
    assertThat(refused("wide(1);").status()).isEqualTo(14);
    assertThat(engine.eval("1 + 1")).isInstanceOf(Outcome.Value.class);
  }

  /** Never run as it is: only its rewritten copy is. */
  public static final class Leaver implements Runnable {
    @Override
    public void run() {
      System.exit(15);
    }
  }

  private static byte[] classFile(Class<?> type) throws java.io.IOException {
    try (var in =
        type.getResourceAsStream(
            type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class")) {
      return in.readAllBytes();
    }
  }

  @Test
  void aClassWithoutExitCalls_isTheVeryArray() throws Exception {
    byte[] original = classFile(ExitCallTest.class);

    assertThat(ExitCallRewriter.rewrite(original)).isSameAs(original);
  }

  @Test
  void aRewrittenHostClass_throwsInsteadOfExiting() throws Exception {
    byte[] original = classFile(Leaver.class);
    byte[] rewritten = ExitCallRewriter.rewrite(original);
    assertThat(rewritten).isNotEqualTo(original);

    ClassLoader loader =
        new ClassLoader(ExitCallTest.class.getClassLoader()) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals(Leaver.class.getName())) {
              return defineClass(name, rewritten, 0, rewritten.length);
            }
            return super.loadClass(name, resolve);
          }
        };
    Runnable leaver =
        (Runnable) loader.loadClass(Leaver.class.getName()).getDeclaredConstructor().newInstance();

    assertThat(org.assertj.core.api.Assertions.catchThrowable(leaver::run))
        .isInstanceOfSatisfying(
            SnippetExit.class, exit -> assertThat(exit.callText()).isEqualTo("System.exit(15)"));
  }
}
