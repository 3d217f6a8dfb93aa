package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The managed-login blocks of Amplify's files: {@code oauth} of {@code aws-exports.js} and {@code
 * auth.oauth} of {@code amplify_outputs.json}. The domain gets its {@code https://}; of the
 * redirect URLs, the first loopback one is taken (cogsh listens there), else cogsh's default is
 * suggested; Amplify's provider names ({@code GOOGLE}) become Cognito's ({@code Google}).
 */
final class OauthImport {
  private static final Map<String, String> PROVIDERS =
      Map.of(
          "GOOGLE", "Google",
          "FACEBOOK", "Facebook",
          "AMAZON", "LoginWithAmazon",
          "LOGIN_WITH_AMAZON", "LoginWithAmazon",
          "APPLE", "SignInWithApple",
          "SIGN_IN_WITH_APPLE", "SignInWithApple");

  private OauthImport() {}

  /** {@code oauth: {domain, scope, redirectSignIn, redirectSignOut, responseType}}. */
  static void awsExports(JsonNode root, Extraction e) {
    JsonNode oauth = Extraction.member(root, "oauth").orElse(null);
    if (oauth == null || !oauth.isObject()) {
      return;
    }
    take(e, oauth, "domain", "scope", "redirectSignIn", "redirectSignOut", null, "oauth.");
  }

  /** {@code auth.oauth: {domain, scopes, redirect_sign_in_uri, …, identity_providers}}. */
  static void outputs(JsonNode root, Extraction e) {
    JsonNode oauth =
        Extraction.member(root, "auth").flatMap(a -> Extraction.member(a, "oauth")).orElse(null);
    if (oauth == null || !oauth.isObject()) {
      return;
    }
    take(
        e,
        oauth,
        "domain",
        "scopes",
        "redirect_sign_in_uri",
        "redirect_sign_out_uri",
        "identity_providers",
        "auth.oauth.");
  }

  private static void take(
      Extraction e,
      JsonNode oauth,
      String domainKey,
      String scopesKey,
      String signInKey,
      String signOutKey,
      String providersKey,
      String at) {
    e.take(Field.DOMAIN, oauth, domainKey, at);
    e.values.computeIfPresent(Field.DOMAIN, (f, d) -> d.contains("://") ? d : "https://" + d);
    List<String> scopes = strings(oauth, scopesKey);
    if (!scopes.isEmpty()) {
      e.values.put(Field.SCOPES, String.join(" ", scopes));
    }
    List<String> signIn = strings(oauth, signInKey);
    signIn.stream()
        .filter(OauthImport::loopback)
        .findFirst()
        .ifPresentOrElse(
            uri -> e.values.put(Field.REDIRECT_URI, uri),
            () -> {
              if (!signIn.isEmpty()) {
                e.notes.add(
                    at
                        + signInKey
                        + " has no loopback URL: register "
                        + OauthSettings.DEFAULT_REDIRECT
                        + " as a callback URL of the app client for auth.loginWithBrowser()");
              }
            });
    strings(oauth, signOutKey).stream()
        .filter(OauthImport::loopback)
        .findFirst()
        .ifPresent(uri -> e.values.put(Field.LOGOUT_URI, uri));
    if (providersKey != null) {
      List<String> providers = new ArrayList<>();
      for (String p : strings(oauth, providersKey)) {
        providers.add(PROVIDERS.getOrDefault(p.toUpperCase(Locale.ROOT), p));
      }
      if (!providers.isEmpty()) {
        e.values.put(Field.IDENTITY_PROVIDERS, String.join(" ", providers));
      }
    }
  }

  /** An array of strings, or a string of comma-separated values (Amplify writes both). */
  private static List<String> strings(JsonNode object, String key) {
    List<String> out = new ArrayList<>();
    JsonNode node = Extraction.member(object, key).orElse(null);
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> add(out, n.asText()));
    } else if (node.isTextual()) {
      for (String part : node.textValue().split(",")) {
        add(out, part);
      }
    }
    return out;
  }

  private static void add(List<String> out, String value) {
    String v = value.strip();
    if (!v.isEmpty() && !v.contains(" ")) {
      out.add(v);
    }
  }

  private static boolean loopback(String uri) {
    try {
      java.net.URI parsed = java.net.URI.create(uri);
      return "http".equals(parsed.getScheme())
          && IdentifierShapes.loopback(parsed.getHost())
          && parsed.getPort() > 0;
    } catch (IllegalArgumentException ex) {
      return false;
    }
  }
}
