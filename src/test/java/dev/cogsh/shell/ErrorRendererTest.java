package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.auth.AuthException;
import dev.cogsh.engine.Outcome;
import java.io.UncheckedIOException;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The one renderer: compile errors with a caret, exceptions one line per cause plus a hint. */
class ErrorRendererTest {

  private static List<String> text(List<AttributedString> lines) {
    return lines.stream().map(AttributedString::toString).toList();
  }

  @Test
  void compileError_pointsAtTheProblemWithACaret() {
    Outcome outcome =
        new Outcome.CompileError(
            "int y = nope + 1;",
            List.of(
                new Outcome.Problem(
                    "cannot find symbol\n  symbol:   variable nope\n  location: class ",
                    8,
                    12,
                    8)));

    assertThat(text(ErrorRenderer.lines(outcome)))
        .containsExactly(
            "error: cannot find symbol",
            "  symbol:   variable nope",
            "  int y = nope + 1;",
            "          ^--^");
  }

  @Test
  void compileError_inALaterLine_namesTheLine() {
    Outcome outcome =
        new Outcome.CompileError(
            "void f() {\n  return 1;\n}",
            List.of(new Outcome.Problem("incompatible types", 20, 21, 20)));

    assertThat(text(ErrorRenderer.lines(outcome)))
        .containsExactly(
            "error: incompatible types",
            "  at line 2 of the snippet:",
            "    return 1;",
            "           ^");
  }

  @Test
  void exception_isOneLinePerCause_thenTheHint() {
    AuthException auth =
        new AuthException(AuthException.Reason.NOT_SIGNED_IN, "not signed in", "type auth.login()");
    RuntimeException thrown = new IllegalStateException("could not call the API", auth);

    assertThat(text(ErrorRenderer.exception(thrown)))
        .containsExactly(
            "IllegalStateException: could not call the API",
            "  caused by AuthException: not signed in",
            "hint: type auth.login()",
            "(/trace shows the stack trace)");
  }

  @Test
  void exception_thatOnlyRepeatsItsCause_isLeftOut() {
    java.io.IOException io = new java.io.IOException("connection refused");
    assertThat(text(ErrorRenderer.exception(new UncheckedIOException(io))))
        .containsExactly("IOException: connection refused", "(/trace shows the stack trace)");
    assertThat(text(ErrorRenderer.exception(new RuntimeException(io))))
        .containsExactly("IOException: connection refused", "(/trace shows the stack trace)");
  }

  @Test
  void hint_isFoundByItsPublicMethod_orNotAtAll() {
    assertThat(ErrorRenderer.hint(new dev.cogsh.engine.EngineTest.HintedException("x")))
        .contains("do the other thing");
    assertThat(ErrorRenderer.hint(new IllegalStateException("x"))).isEmpty();
  }

  @Test
  void cancelled_saysSo() {
    assertThat(text(ErrorRenderer.lines(new Outcome.Cancelled("Thread.sleep(1000);"))))
        .containsExactly("cancelled");
  }
}
