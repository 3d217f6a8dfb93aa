package dev.cogsh.architecture;

/**
 * One break of DESIGN §2, naming the class, its package and what it should not have named.
 *
 * @param className the class that breaks the rule, e.g. {@code dev.cogsh.srp.Totp}
 * @param room its package of DESIGN, e.g. {@code srp}
 * @param reference the class, field or method it names, e.g. {@code java.lang.System.getenv}
 * @param why the rule, e.g. {@code srp may not use config}
 */
public record Violation(String className, String room, String reference, String why) {

  /** One line, the same in the report and in a list of known violations. */
  @Override
  public String toString() {
    return className + " (package " + room + ") uses " + reference + ": " + why;
  }
}
