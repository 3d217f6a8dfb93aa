package dev.cogsh.engine;

import java.util.Objects;

/**
 * A Java snippet that may be compiled together with its neighbours ({@link BatchSource}): a
 * statement or an expression statement, never a declaration.
 *
 * @param source the snippet as the compiler cut it (comments before its code included)
 * @param expression for an expression statement, {@code source} without its closing {@code ;} and
 *     what follows it; {@code null} for any other statement
 * @param assigned the variable a plain {@code name = value} assigns (JShell shows the value under
 *     that name), else {@code null}
 */
public record BatchStep(String source, String expression, String assigned) {

  public BatchStep {
    Objects.requireNonNull(source, "source");
  }

  /** Whether this is an expression statement, whose value (or void-ness) is reported. */
  public boolean isExpression() {
    return expression != null;
  }
}
