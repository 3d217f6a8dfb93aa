package dev.cogsh.config;

import java.net.URI;
import java.util.List;

/**
 * Managed login (the hosted UI) of a User Pool: where it lives and how cogsh comes back from it
 * (DESIGN §3.1). Cognito matches {@code redirectUri} and {@code logoutUri} exactly, port included,
 * so they must be the app client's callback and sign-out URLs.
 *
 * @param domain {@code https://<prefix>.auth.<region>.amazoncognito.com} or a custom domain
 * @param redirectUri where the browser brings the code back; cogsh listens there (loopback)
 * @param logoutUri where {@code /logout} sends the browser after signing out, or {@code null}
 * @param scopes the scopes to ask for, e.g. {@code openid email profile}
 * @param identityProviders the pool's external providers, e.g. {@code Google}, for completion and
 *     checks ({@code identity_provider} is sent only when one is named at sign-in)
 */
public record OauthSettings(
    URI domain,
    URI redirectUri,
    URI logoutUri,
    List<String> scopes,
    List<String> identityProviders) {

  /** cogsh's default redirect URI; register it as a callback URL of the app client. */
  public static final URI DEFAULT_REDIRECT = URI.create("http://localhost:8765/callback");

  /** cogsh's default sign-out URI; register it as a sign-out URL of the app client. */
  public static final URI DEFAULT_LOGOUT = URI.create("http://localhost:8765/signed-out");

  /** The scopes asked for when none are configured. */
  public static final List<String> DEFAULT_SCOPES = List.of("openid", "email", "profile");

  public OauthSettings {
    redirectUri = redirectUri == null ? DEFAULT_REDIRECT : redirectUri;
    scopes = scopes == null || scopes.isEmpty() ? DEFAULT_SCOPES : List.copyOf(scopes);
    identityProviders = identityProviders == null ? List.of() : List.copyOf(identityProviders);
  }

  /** Settings for {@code domain} with cogsh's defaults for everything else. */
  public static OauthSettings of(URI domain) {
    return new OauthSettings(domain, null, DEFAULT_LOGOUT, null, null);
  }

  /** A copy with another redirect URI (tests listen on a free port). */
  public OauthSettings withRedirectUri(URI uri) {
    return new OauthSettings(domain, uri, logoutUri, scopes, identityProviders);
  }

  /** A copy with another sign-out URI. */
  public OauthSettings withLogoutUri(URI uri) {
    return new OauthSettings(domain, redirectUri, uri, scopes, identityProviders);
  }

  /** {@code domain} + {@code path}, without a doubled slash. */
  public URI endpoint(String path) {
    String base = domain.toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }
}
