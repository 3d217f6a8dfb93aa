package dev.cogsh.engine;

import jdk.jshell.execution.DirectExecutionControl;

/**
 * A value's text exactly as JShell's local execution writes it ({@code "a"} quoted, {@code 'c'},
 * arrays expanded, {@code null}): JShell's own {@code valueString}, which is protected.
 */
final class ValueText extends DirectExecutionControl {

  private ValueText() {}

  /** {@code value} as JShell shows it after {@code ==>}. */
  static String of(Object value) {
    return valueString(value);
  }
}
