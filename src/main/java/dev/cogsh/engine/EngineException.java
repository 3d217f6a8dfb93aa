package dev.cogsh.engine;

import dev.cogsh.human.Hinted;

/** The Java engine could not start or went away. */
public final class EngineException extends RuntimeException implements Hinted {
  private static final long serialVersionUID = 1L;

  EngineException(String message, Throwable cause) {
    super(message, cause);
  }

  /** What to do about it. */
  @Override
  public String hint() {
    return "check that the JDK's jdk.jshell module is present (a JDK, not a JRE), then start again";
  }
}
