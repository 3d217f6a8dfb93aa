package dev.cogsh.script;

import java.util.List;

/**
 * Finds the string literals of a snippet that carry secrets. The shell's history filter is the one
 * implementation, so that what history leaves out and what a recording replaces are decided by the
 * same rules.
 */
@FunctionalInterface
public interface SecretFinder {

  /** The secret literals of {@code snippet}, in order, not overlapping. */
  List<SecretLiteral> find(String snippet);
}
