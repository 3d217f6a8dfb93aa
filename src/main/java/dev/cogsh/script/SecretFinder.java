package dev.cogsh.script;

import java.util.List;

/**
 * Finds the string literals of a snippet that carry secrets. {@link SecretLiteralFilter#find} is
 * the one implementation, so that what history leaves out, what a recording replaces and what a
 * run's echo masks are decided by the same rules; tests of a recording may pass simpler ones.
 */
@FunctionalInterface
public interface SecretFinder {

  /** The secret literals of {@code snippet}, in order, not overlapping. */
  List<SecretLiteral> find(String snippet);
}
