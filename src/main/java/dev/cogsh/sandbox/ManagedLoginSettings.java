package dev.cogsh.sandbox;

import java.util.List;

/**
 * The sandbox app client's managed-login settings, as the Cognito console calls them: the allowed
 * callback and sign-out URLs (matched exactly, port included) and the allowed OAuth scopes,
 * resource-server scopes ({@code notes/read}) included.
 *
 * @param callbackUrls the redirect URIs {@code /oauth2/authorize} accepts
 * @param logoutUrls the {@code logout_uri} values {@code /logout} accepts
 * @param scopes the scopes the app client may ask for
 */
public record ManagedLoginSettings(
    List<String> callbackUrls, List<String> logoutUrls, List<String> scopes) {

  /** cogsh's defaults: {@code http://localhost:8765/callback} and the usual scopes. */
  public static final ManagedLoginSettings DEFAULTS =
      new ManagedLoginSettings(
          List.of("http://localhost:8765/callback", "http://127.0.0.1:8765/callback"),
          List.of("http://localhost:8765/signed-out", "http://127.0.0.1:8765/signed-out"),
          List.of(
              "openid",
              "email",
              "profile",
              "phone",
              "aws.cognito.signin.user.admin",
              "notes/read",
              "notes/write"));

  public ManagedLoginSettings {
    callbackUrls = List.copyOf(callbackUrls);
    logoutUrls = List.copyOf(logoutUrls);
    scopes = List.copyOf(scopes);
  }

  /** A copy that also accepts {@code url} as a callback URL. */
  public ManagedLoginSettings withCallbackUrl(String url) {
    return new ManagedLoginSettings(
        java.util.stream.Stream.concat(callbackUrls.stream(), java.util.stream.Stream.of(url))
            .toList(),
        logoutUrls,
        scopes);
  }

  /** A copy that also accepts {@code url} as a sign-out URL. */
  public ManagedLoginSettings withLogoutUrl(String url) {
    return new ManagedLoginSettings(
        callbackUrls,
        java.util.stream.Stream.concat(logoutUrls.stream(), java.util.stream.Stream.of(url))
            .toList(),
        scopes);
  }

  /** A copy with these allowed scopes. */
  public ManagedLoginSettings withScopes(List<String> allowed) {
    return new ManagedLoginSettings(callbackUrls, logoutUrls, allowed);
  }

  /** The allowed scopes of resource servers ({@code server/scope}), for client credentials. */
  List<String> resourceServerScopes() {
    return scopes.stream().filter(s -> s.contains("/")).toList();
  }
}
