package dev.cogsh.runtime;

/** Lets tests outside this package start over with a fresh {@link Session}. */
public final class SessionTestSupport {
  private SessionTestSupport() {}

  /** Forgets the installed session objects. */
  public static void reset() {
    Session.reset();
  }
}
