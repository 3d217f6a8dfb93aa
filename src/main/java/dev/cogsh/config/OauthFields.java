package dev.cogsh.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validates the managed-login fields ({@code domain}, {@code redirectUri}, {@code logoutUri},
 * {@code scopes}, {@code identityProviders}) with messages that name the field, and builds {@link
 * OauthSettings} from them.
 */
final class OauthFields {
  private static final String REDIRECT_HINT =
      "use a loopback URL cogsh can listen on, e.g. http://localhost:8765/callback, and register it"
          + " as a callback URL of the app client";

  private OauthFields() {}

  /** The settings, {@code null} when no field is set; problems and warnings are added. */
  static OauthSettings settings(
      Map<Field, Sourced> values, List<String> warnings, List<ConfigException.Problem> problems) {
    Sourced domainRaw = values.get(Field.DOMAIN);
    boolean any =
        domainRaw != null
            || values.containsKey(Field.REDIRECT_URI)
            || values.containsKey(Field.LOGOUT_URI)
            || values.containsKey(Field.SCOPES)
            || values.containsKey(Field.IDENTITY_PROVIDERS);
    if (!any) {
      return null;
    }
    URI domain = domainRaw == null ? null : domain(domainRaw, warnings, problems);
    if (domainRaw == null) {
      warnings.add(
          "redirectUri, logoutUri, scopes or identityProviders is set but domain is not:"
              + " auth.loginWithBrowser() needs the managed login domain");
    }
    URI redirect = redirect(values.get(Field.REDIRECT_URI), problems);
    URI logout = absolute(Field.LOGOUT_URI, values.get(Field.LOGOUT_URI), problems);
    List<String> scopes = words(values.get(Field.SCOPES));
    if (scopes != null && !scopes.contains("openid")) {
      warnings.add(
          "scopes has no \"openid\": Cognito then issues no ID token, and cogsh needs one for"
              + " the Identity Pool");
    }
    return new OauthSettings(
        domain,
        redirect,
        logout == null ? OauthSettings.DEFAULT_LOGOUT : logout,
        scopes,
        words(values.get(Field.IDENTITY_PROVIDERS)));
  }

  private static URI domain(
      Sourced raw, List<String> warnings, List<ConfigException.Problem> problems) {
    String text = raw.value();
    if (!text.contains("://")) {
      text = "https://" + text; // Amplify writes the bare host name
    }
    URI uri = Urls.check(Field.DOMAIN, raw.with(text), true, warnings, problems);
    if (uri != null && uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
      problems.add(
          new ConfigException.Problem(
              "domain",
              raw.describe(Field.DOMAIN) + " must be the bare domain, without a path",
              "write https://<prefix>.auth.<region>.amazoncognito.com (or your custom domain)"));
      return null;
    }
    return uri;
  }

  private static URI redirect(Sourced raw, List<ConfigException.Problem> problems) {
    if (raw == null) {
      return null;
    }
    URI uri = absolute(Field.REDIRECT_URI, raw, problems);
    if (uri == null) {
      return null;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") || !IdentifierShapes.loopback(uri.getHost())) {
      problems.add(
          new ConfigException.Problem(
              "redirectUri",
              raw.describe(Field.REDIRECT_URI)
                  + (scheme.equals("http")
                      ? " is an http redirect that is not loopback: the code would travel"
                          + " unencrypted and cogsh cannot listen there"
                      : " is not a loopback http URL: cogsh receives the code by listening on"
                          + " this machine (RFC 8252)"),
              REDIRECT_HINT));
      return null;
    }
    if (uri.getPort() < 0) {
      problems.add(
          new ConfigException.Problem(
              "redirectUri",
              raw.describe(Field.REDIRECT_URI)
                  + " has no port: Cognito matches it exactly, port included",
              REDIRECT_HINT));
      return null;
    }
    return uri;
  }

  private static URI absolute(Field field, Sourced raw, List<ConfigException.Problem> problems) {
    if (raw == null) {
      return null;
    }
    try {
      URI uri = new URI(raw.value());
      if (uri.isAbsolute() && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.add(
        new ConfigException.Problem(
            field.key(),
            raw.describe(field) + " must be an absolute URL, e.g. http://localhost:8765/callback",
            "write the whole URL as registered with the app client"));
    return null;
  }

  private static List<String> words(Sourced raw) {
    return raw == null
        ? null
        : Arrays.stream(raw.value().strip().split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
  }
}
