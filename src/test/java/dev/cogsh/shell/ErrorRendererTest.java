package dev.cogsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.auth.AuthException;
import dev.cogsh.engine.Outcome;
import dev.cogsh.human.Hinted;
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
  void exception_wrappingOneWithTheSameMessage_showsItOnce_withTheOuterHint() {
    // auth adds a hint to Cognito's refusal by wrapping it: the words stay the same
    IllegalStateException cognito = new IllegalStateException("Incorrect username or password.");
    AuthException refused =
        new AuthException(
            AuthException.Reason.WRONG_PASSWORD,
            "Incorrect user name or password for ada",
            "check both",
            cognito);
    AuthException explained =
        new AuthException(
            AuthException.Reason.WRONG_PASSWORD,
            "Incorrect user name or password for ada",
            "check both; if the password is right, check userPoolId",
            refused);

    assertThat(text(ErrorRenderer.exception(explained)))
        .containsExactly(
            "AuthException: Incorrect user name or password for ada",
            "  caused by IllegalStateException: Incorrect username or password.",
            "hint: check both; if the password is right, check userPoolId",
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
  void hint_comesFromAHintedException_orNotAtAll() {
    assertThat(ErrorRenderer.hint(new dev.cogsh.engine.EngineTest.HintedException("x")))
        .contains("do the other thing");
    assertThat(ErrorRenderer.hint(new IllegalStateException("x"))).isEmpty();
    assertThat(ErrorRenderer.hint(new NotHinted()))
        .as("a look-alike method is not a hint")
        .isEmpty();
  }

  @Test
  void hint_ofACheckedHintedException_isShownUnderItsWrapper() {
    Exception checked = new CheckedHinted("signature header cut short", "copy the whole header");
    assertThat(
            text(ErrorRenderer.exception(new IllegalStateException("could not verify", checked))))
        .containsExactly(
            "IllegalStateException: could not verify",
            "  caused by ErrorRendererTest.CheckedHinted: signature header cut short",
            "hint: copy the whole header",
            "(/trace shows the stack trace)");
  }

  @Test
  void hint_thatIsBlank_isLeftOut() {
    assertThat(ErrorRenderer.hint(new CheckedHinted("x", " "))).isEmpty();
    assertThat(ErrorRenderer.hint(new CheckedHinted("x", null))).isEmpty();
  }

  /** A checked exception with a hint, as {@code IncompleteSignatureException} is. */
  static final class CheckedHinted extends Exception implements Hinted {
    private static final long serialVersionUID = 1L;
    private final String hint;

    CheckedHinted(String message, String hint) {
      super(message);
      this.hint = hint;
    }

    @Override
    public String hint() {
      return hint;
    }
  }

  /** Has a {@code hint()} method but does not say it is {@link Hinted}. */
  static final class NotHinted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public String hint() {
      return "not a hint";
    }
  }

  @Test
  void cancelled_saysSo() {
    assertThat(text(ErrorRenderer.lines(new Outcome.Cancelled("Thread.sleep(1000);"))))
        .containsExactly("cancelled");
  }
}
