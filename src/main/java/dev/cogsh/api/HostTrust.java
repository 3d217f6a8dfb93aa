package dev.cogsh.api;

import dev.cogsh.config.Config;
import dev.cogsh.sigv4.HostScope;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where signed requests (and so the session's credentials) may go: the configured API, an AWS
 * endpoint, loopback, or a host the user trusted ({@code .trustHost()}, {@code api.trustHost(..)}).
 * Plain {@code http} only to loopback (or to an {@code apiUrl} the configuration accepted).
 */
final class HostTrust {

  private HostTrust() {}

  /**
   * Refuses, before anything is signed, a URL the credentials do not belong to.
   *
   * @param auth what the request would carry: a signature and session token, a token, an API key
   * @param trustedByRequest the request said {@code .trustHost()}
   * @param trusted the hosts the session trusts (lower case, without port)
   */
  static void check(
      URI url,
      Config config,
      ApiAuthorization auth,
      boolean trustedByRequest,
      Collection<String> trusted) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    boolean loopback = isLoopback(host);
    boolean configured =
        config.apiUrl() != null
            && Objects.equals(config.apiUrl().getScheme(), url.getScheme())
            && Objects.equals(config.apiUrl().getRawAuthority(), url.getRawAuthority());
    if (configured || loopback) {
      return;
    }
    if ("http".equalsIgnoreCase(url.getScheme())) {
      throw new ApiException(
          "refusing to send "
              + carried(auth)
              + " over plain http to "
              + host
              + ": anyone on the way could read and reuse "
              + (auth.iam() ? "the session token" : "it"),
          "use https (plain http is allowed only to loopback hosts such as 127.0.0.1)");
    }
    if (HostScope.isAws(host)
        || trustedByRequest
        || trusted.stream().anyMatch(t -> matches(t, host))) {
      return;
    }
    throw new ApiException(
        host
            + " is neither the configured API ("
            + (config.apiUrl() == null ? "none" : config.apiUrl().getHost())
            + "), an AWS endpoint nor loopback: cogsh does not send your credentials there",
        "if you trust it, add .trustHost() to this request, call api.trustHost(\""
            + host
            + "\") once for the session, or list it in \"trustedHosts\" in cogsh.json");
  }

  /**
   * What a request in this mode would give away: {@code signed credentials}, {@code the ID token}.
   */
  static String carried(ApiAuthorization auth) {
    String key = auth.apiKey() == null ? "" : " and the API key";
    return switch (auth.mode()) {
      case IAM -> "signed credentials" + key;
      case ID_TOKEN -> "the ID token" + key;
      case ACCESS_TOKEN -> "the access token" + key;
      case API_KEY, NONE -> "the API key";
    };
  }

  /**
   * Whether {@code host} is {@code trusted}: the same name, or for a {@code *.example.com} pattern
   * any subdomain of {@code example.com} (not {@code example.com} itself).
   */
  static boolean matches(String trusted, String host) {
    if (trusted.startsWith("*.")) {
      return host.endsWith(trusted.substring(1)) && host.length() > trusted.length() - 1;
    }
    return trusted.equals(host);
  }

  /** {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}, by name only (no DNS). */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || h.endsWith(".localhost")
        || h.matches("127(\\.\\d{1,3}){3}")
        || LOOPBACK_V6.contains(h);
  }

  private static final Set<String> LOOPBACK_V6 = Set.of("::1", "0:0:0:0:0:0:0:1");

  /** The host part a user gives: lower case, without scheme, port or path. */
  static String normalize(String hostOrUrl) {
    String h = Objects.requireNonNull(hostOrUrl, "host").strip().toLowerCase(Locale.ROOT);
    int scheme = h.indexOf("://");
    if (scheme >= 0) {
      h = h.substring(scheme + 3);
    }
    int end = h.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = h.indexOf(c);
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    h = h.substring(0, end);
    int colon = h.lastIndexOf(':');
    if (colon >= 0 && !h.endsWith("]")) {
      h = h.substring(0, colon);
    }
    if (h.isEmpty()) {
      throw new ApiException(
          "no host in '" + hostOrUrl + "'", "give a host such as api.example.com");
    }
    return h;
  }
}
