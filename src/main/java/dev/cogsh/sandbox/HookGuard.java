package dev.cogsh.sandbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Who may use the test hooks ({@code /_sandbox/*}): a request whose {@code Host} names a loopback
 * address or the configured {@code --host} (so a DNS-rebinding page cannot read them), that carries
 * the per-instance token in {@code x-cogsh-sandbox-token}, and that is not sent by a page of
 * another origin (so no web page can arm faults).
 */
final class HookGuard {
  static final String TOKEN_HEADER = "x-cogsh-sandbox-token";

  private final String boundHost;
  private final byte[] token;

  HookGuard(String boundHost, String token) {
    this.boundHost = boundHost.toLowerCase(Locale.ROOT);
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** Refuses the request with a 403 that says why, or returns. */
  void check(Request request) {
    String host = request.header("host");
    String name = hostName(host);
    if (name == null || !allowedName(name)) {
      throw refused(
          "the test hooks answer only to a loopback Host such as 127.0.0.1 or localhost (got "
              + (host == null ? "none" : "'" + host + "'")
              + ")");
    }
    String origin = request.header("origin");
    if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
      throw refused(
          "the test hooks refuse requests from web pages of another origin (Origin "
              + origin
              + ")");
    }
    String site = request.header("sec-fetch-site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw refused("the test hooks refuse requests from web pages of another site");
    }
    String given = request.header(TOKEN_HEADER);
    if (given == null
        || !MessageDigest.isEqual(token, given.trim().getBytes(StandardCharsets.UTF_8))) {
      throw refused(
          (given == null ? "missing " : "wrong ")
              + TOKEN_HEADER
              + ": send the hook token from the --config-out file (sandboxHooks.token) or"
              + " Sandbox.hookToken()");
    }
  }

  private boolean allowedName(String name) {
    if (name.equals("localhost") || name.equals(boundHost)) {
      return true;
    }
    if (!name.matches("[0-9.]+|[0-9a-f:]+")) {
      return false; // a name other than localhost is looked up nowhere: DNS is what rebinds
    }
    try {
      return InetAddress.getByName(name).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The host name of a {@code Host} header ({@code [::1]:80} → {@code ::1}), or {@code null}. */
  static String hostName(String host) {
    if (host == null || host.isBlank()) {
      return null;
    }
    try {
      String name = new URI("http://" + host.trim() + "/").getHost();
      if (name == null) {
        return null;
      }
      name = name.toLowerCase(Locale.ROOT);
      return name.startsWith("[") ? name.substring(1, name.length() - 1) : name;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static AwsErrorException refused(String why) {
    return AwsErrorException.gateway(403, "ForbiddenException", why);
  }
}
