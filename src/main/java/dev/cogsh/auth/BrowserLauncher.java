package dev.cogsh.auth;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a URL in a browser. The default runs the system's opener ({@code xdg-open}, {@code open},
 * {@code rundll32}); tests pass one that drives headless Chromium; {@link #NONE} opens nothing (the
 * URL is always printed, so the user can open it elsewhere).
 */
@FunctionalInterface
public interface BrowserLauncher {

  /** Opens {@code url}; returns whether a browser was started. */
  boolean open(URI url);

  /** How long an opener command is given to fail before the browser counts as opened. */
  Duration OPENER_VERDICT = Duration.ofSeconds(3);

  /** Opens nothing: SSH sessions and containers, where the user copies the printed URL. */
  BrowserLauncher NONE = url -> false;

  /** The system browser through the platform's opener command; {@code osName} picks which. */
  static BrowserLauncher system(String osName) {
    String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    return url -> {
      List<String> command =
          os.contains("mac")
              ? List.of("open", url.toString())
              : os.contains("win")
                  ? List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
                  : List.of("xdg-open", url.toString());
      try {
        Process opener =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        // an opener that fails (xdg-open with no display) says so at once; one still running after
        // a few seconds has started a browser in the foreground
        return !opener.waitFor(OPENER_VERDICT.toMillis(), TimeUnit.MILLISECONDS)
            || opener.exitValue() == 0;
      } catch (IOException e) {
        return false; // no opener here: the printed URL is the way
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    };
  }
}
