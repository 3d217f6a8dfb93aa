package dev.cogsh.engine;

/** The Java engine could not start or went away. */
public final class EngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EngineException(String message, Throwable cause) {
    super(message, cause);
  }

  /** What to do about it. */
  public String hint() {
    return "check that the JDK's jdk.jshell module is present (a JDK, not a JRE), then start again";
  }
}
