package dev.cogsh.config;

/** The JVM-wide settings cogsh changes; system properties are touched here and nowhere else. */
public final class JvmSettings {

  private JvmSettings() {}

  /**
   * Turns Nagle's algorithm off for the JDK's HTTP server. It writes a response's head and body
   * separately; with Nagle and the client's delayed ACK each answer would wait ~40 ms. The JDK
   * reads the property once, when its HTTP server classes first load, so call this before that.
   */
  public static void httpServerNoDelay() {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** The operating system's name ({@code os.name}), to pick the command that opens a browser. */
  public static String osName() {
    return System.getProperty("os.name", "");
  }
}
