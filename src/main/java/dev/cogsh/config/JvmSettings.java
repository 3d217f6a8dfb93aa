package dev.cogsh.config;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.Duration;

/** The JVM-wide settings cogsh changes; system properties are touched here and nowhere else. */
public final class JvmSettings {
  private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

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

  /**
   * The terminal's character set as JLine would choose it: {@code org.jline.terminal.encoding} when
   * set to a known one, else the JVM's default. Said explicitly because, left to choose, JLine
   * first asks for Windows code-page charsets ({@code ms0}, {@code cp0}) even on Unix, and each
   * miss loads the extended charsets and scans the class path for charset providers: ~10 ms at
   * start-up.
   */
  public static Charset terminalEncoding() {
    String named = System.getProperty("org.jline.terminal.encoding");
    try {
      if (named != null && Charset.isSupported(named)) {
        return Charset.forName(named);
      }
    } catch (IllegalCharsetNameException e) {
      // not a charset name: JLine would ignore it too
    }
    return Charset.defaultCharset();
  }

  /**
   * Bounds how long the JDK's HTTP server waits for one request, from its first byte to the
   * answer's status line (head, body and handling together), and the same again for writing the
   * answer: a client that stalls longer is disconnected and its worker thread freed. Like {@link
   * #httpServerNoDelay()} the JDK reads it once, when its HTTP server classes first load, so the
   * first value set in a process wins.
   *
   * @return the bound in force in this process (whole seconds)
   */
  public static Duration httpServerRequestTimeout(Duration timeout) {
    String set = System.getProperty(MAX_REQUEST_TIME);
    if (set == null) {
      set = Long.toString(Math.max(1, timeout.toSeconds()));
      System.setProperty(MAX_REQUEST_TIME, set);
      System.setProperty("sun.net.httpserver.maxRspTime", set);
    }
    try {
      long seconds = Long.parseLong(set.trim());
      return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ofDays(1);
    } catch (NumberFormatException e) {
      return timeout;
    }
  }
}
