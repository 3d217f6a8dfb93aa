package dev.cogsh.human;

/**
 * An exception that says what the user can do next. The shell and the command line print {@link
 * #hint()} under the message; an interface, because some of these exceptions are checked and some
 * are not.
 */
public interface Hinted {

  /** What to do next, in words a person can follow (may name a call to type); null when none. */
  String hint();
}
