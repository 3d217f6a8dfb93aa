package dev.cogsh.auth;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Opens a URL in a browser. The default runs the system's opener ({@code xdg-open}, {@code open},
 * {@code rundll32}); tests pass one that drives headless Chromium; {@link #NONE} opens nothing (the
 * URL is always printed, so the user can open it elsewhere).
 */
@FunctionalInterface
public interface BrowserLauncher {

  /** Opens {@code url}; returns whether a browser was started. */
  boolean open(URI url);

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
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        return true;
      } catch (IOException e) {
        return false; // no opener here: the printed URL is the way
      }
    };
  }
}
