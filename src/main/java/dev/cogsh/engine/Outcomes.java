package dev.cogsh.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/** Turns JShell's snippet events into {@link Outcome}s. */
final class Outcomes {

  private Outcomes() {}

  /**
   * The outcome of evaluating {@code source}.
   *
   * @param thrown the exception local execution kept, or {@code null}
   * @param stopped whether {@link Engine#stop()} was called while the snippet ran
   */
  static Outcome of(
      String source, List<SnippetEvent> events, JShell jshell, Throwable thrown, boolean stopped) {
    if (stopped) {
      return new Outcome.Cancelled(source);
    }
    SnippetEvent event =
        events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
    if (event == null) {
      return new Outcome.Executed(source);
    }
    Snippet snippet = event.snippet();
    if (event.status() == Snippet.Status.REJECTED) {
      return new Outcome.CompileError(source, problems(jshell, snippet));
    }
    if (event.exception() != null) {
      return new Outcome.Failed(source, exception(jshell, event.exception(), thrown));
    }
    return switch (snippet.kind()) {
      case VAR -> value(source, (VarSnippet) snippet, event);
      case EXPRESSION -> {
        ExpressionSnippet expression = (ExpressionSnippet) snippet;
        yield new Outcome.Value(
            source, expression.name(), expression.typeName(), event.value(), false);
      }
      case METHOD, TYPE_DECL, IMPORT -> declared(source, jshell, event);
      default -> new Outcome.Executed(source);
    };
  }

  private static Outcome value(String source, VarSnippet variable, SnippetEvent event) {
    boolean temporary = variable.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    return new Outcome.Value(
        source, variable.name(), variable.typeName(), event.value(), temporary);
  }

  private static Outcome declared(String source, JShell jshell, SnippetEvent event) {
    Snippet snippet = event.snippet();
    String kind;
    String name;
    if (snippet instanceof MethodSnippet method) {
      kind = "method";
      name = method.name() + "(" + method.parameterTypes() + ")";
    } else if (snippet instanceof ImportSnippet imported) {
      kind = "import";
      name = imported.fullname();
    } else {
      kind = typeKind(snippet.subKind());
      name = ((DeclarationSnippet) snippet).name();
    }
    String action;
    if (!event.previousStatus().isActive()) {
      action = "created";
    } else {
      action = event.isSignatureChange() ? "replaced" : "modified";
    }
    List<String> unresolved =
        snippet instanceof DeclarationSnippet declaration
            ? jshell.unresolvedDependencies(declaration).collect(Collectors.toList())
            : List.of();
    return new Outcome.Declared(source, kind, name, action, unresolved);
  }

  private static String typeKind(Snippet.SubKind subKind) {
    return switch (subKind) {
      case INTERFACE_SUBKIND -> "interface";
      case ENUM_SUBKIND -> "enum";
      case RECORD_SUBKIND -> "record";
      case ANNOTATION_TYPE_SUBKIND -> "annotation";
      default -> "class";
    };
  }

  static List<Outcome.Problem> problems(JShell jshell, Snippet snippet) {
    return jshell
        .diagnostics(snippet)
        .filter(Diag::isError)
        .map(
            d ->
                new Outcome.Problem(
                    d.getMessage(Locale.ROOT),
                    position(d.getStartPosition()),
                    position(d.getEndPosition()),
                    position(d.getPosition())))
        .collect(Collectors.toList());
  }

  private static int position(long position) {
    return position == Diag.NOPOS ? -1 : (int) position;
  }

  static Throwable exception(JShell jshell, JShellException copy, Throwable thrown) {
    if (copy instanceof UnresolvedReferenceException unresolved) {
      DeclarationSnippet snippet = unresolved.getSnippet();
      String missing = jshell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
      return new UnresolvedException(
          snippet.kind().name().toLowerCase(Locale.ROOT)
              + " "
              + snippet.name()
              + " cannot be used until "
              + (missing.isEmpty() ? "its references are" : missing + " is")
              + " declared",
          unresolved.getStackTrace());
    }
    // Prefer the object the snippet threw; JShell's copy only has names and messages.
    if (thrown != null
        && copy instanceof EvalException eval
        && thrown.getClass().getName().equals(eval.getExceptionClassName())) {
      return thrown instanceof SnippetExit exit ? exit.at(snippetLine(copy)) : thrown;
    }
    return copy;
  }

  /**
   * The line of the evaluated snippet (from 1) that was running when JShell's copy of an exception
   * was thrown: JShell names snippets' frames {@code #ID} and counts their lines in each snippet's
   * source; the outermost such frame is the evaluated snippet's (inner ones may be methods that
   * earlier snippets declared). 0 when unknown.
   */
  private static int snippetLine(JShellException copy) {
    int line = 0;
    for (StackTraceElement frame : copy.getStackTrace()) {
      String file = frame.getFileName();
      if (file != null && file.startsWith("#") && frame.getLineNumber() > 0) {
        line = frame.getLineNumber();
      }
    }
    return line;
  }
}
