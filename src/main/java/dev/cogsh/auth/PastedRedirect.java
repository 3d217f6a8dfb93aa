package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The address a browser ended on after managed login, pasted back by the user when cogsh cannot
 * listen for it ({@code --no-browser}: SSH, containers, no browser here). Its {@code code} is a
 * secret: no message here ever repeats what was pasted.
 */
final class PastedRedirect {

  private PastedRedirect() {}

  /**
   * The redirect in {@code pasted} (spaces, quotes and angle brackets around it are dropped).
   *
   * @param redirectUri the configured {@code redirectUri}, which the pasted address must go to
   * @throws AuthException when it is not an address on {@code redirectUri} with a query
   */
  static URI parse(String pasted, URI redirectUri) {
    String text = pasted.strip().replaceAll("^[\"'<]+|[\"'>]+$", "");
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw notTheRedirect(redirectUri);
    }
    if (uri.getScheme() == null || uri.getRawQuery() == null || !sameTarget(uri, redirectUri)) {
      throw notTheRedirect(redirectUri);
    }
    return uri;
  }

  private static boolean sameTarget(URI uri, URI redirectUri) {
    return uri.getScheme().equalsIgnoreCase(redirectUri.getScheme())
        && Objects.equals(lower(uri.getHost()), lower(redirectUri.getHost()))
        && port(uri) == port(redirectUri)
        && Objects.equals(path(uri), path(redirectUri));
  }

  private static String lower(String host) {
    return host == null ? null : host.toLowerCase(java.util.Locale.ROOT);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static String path(URI uri) {
    String path = uri.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  private static AuthException notTheRedirect(URI redirectUri) {
    return new AuthException(
        Reason.PROTOCOL,
        "What was pasted is not the address the browser was sent to after signing in",
        "paste the whole address from the browser's address bar; it starts with "
            + redirectUri
            + "?code=… (start again with auth.loginWithoutBrowser())");
  }
}
