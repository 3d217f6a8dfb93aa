package dev.cogsh.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether output goes to a person at a terminal (then colours), or to a file or a pipe. */
final class Terminals {

  private Terminals() {}

  /**
   * True when stdout is a terminal. {@link System#console()} says so up to JDK 21; from JDK 22 it
   * also returns a console for redirected output, and {@code Console.isTerminal()} tells.
   */
  static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
