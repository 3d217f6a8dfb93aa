package dev.cogsh.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.config.Config;
import dev.cogsh.config.OauthSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Managed login (the hosted UI) for a native app: authorization code with PKCE (RFC 6749, RFC 7636
 * S256, RFC 8252 loopback redirect), the ID token checked as OIDC asks, and the refresh, revoke,
 * user-info and sign-out calls of the OAuth endpoints. The result is the same {@link Tokens} an SRP
 * sign-in gives, so {@code creds} and {@code api} work unchanged.
 */
final class ManagedLogin {
  /** How long the loopback listener waits for the browser. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private final Config config;
  private final Clock clock;
  private final SecureRandom random;

  ManagedLogin(Config config, Clock clock, SecureRandom random) {
    this.config = config;
    this.clock = clock;
    this.random = random;
  }

  /** The settings, or an error saying which field to set. */
  OauthSettings settings() {
    OauthSettings settings = config.oauth();
    if (settings == null || settings.domain() == null) {
      throw new AuthException(
          Reason.CONFIGURATION,
          "Managed login is not configured: domain is not set",
          "set domain in cogsh.json to the pool's managed login domain, e.g."
              + " https://<prefix>.auth.<region>.amazoncognito.com");
    }
    CognitoClients.requireSignInConfig(config);
    return settings;
  }

  /** The {@code /oauth2/authorize} URL for one request. */
  URI authorizeUrl(OauthPkce pkce, String identityProvider) {
    OauthSettings s = settings();
    Map<String, String> q = new LinkedHashMap<>();
    q.put("response_type", "code");
    q.put("client_id", config.appClientId());
    q.put("redirect_uri", s.redirectUri().toString());
    q.put("scope", String.join(" ", s.scopes()));
    q.put("state", pkce.state());
    q.put("nonce", pkce.nonce());
    q.put("code_challenge", pkce.challenge());
    q.put("code_challenge_method", "S256");
    if (identityProvider != null) {
      q.put("identity_provider", identityProvider);
    }
    return URI.create(s.endpoint("/oauth2/authorize") + "?" + form(q));
  }

  /**
   * The whole browser sign-in: listen on the redirect URI, show and open the URL, wait for the
   * redirect, then {@link #complete}. When a browser could not be opened here (not {@link
   * BrowserLauncher#NONE}, which means the user opens it) and someone at a terminal can paste, it
   * stops listening and takes the redirected address pasted back instead.
   */
  Tokens signIn(
      String identityProvider,
      BrowserLauncher browser,
      ChallengeAnswers answers,
      Duration timeout) {
    OauthSettings s = settings();
    OauthPkce pkce = OauthPkce.create(random);
    URI url = authorizeUrl(pkce, identityProvider);
    try (OauthRedirectListener listener = OauthRedirectListener.open(s.redirectUri())) {
      answers.show("Sign in with your browser: " + url);
      boolean opened = browser.open(url);
      // NONE: the user opens the URL on this machine, so the listener waits as usual
      if (opened || browser == BrowserLauncher.NONE || !(answers instanceof InteractiveAnswers)) {
        if (!opened) {
          answers.show(
              "(no browser opened: open the URL above; waiting on " + s.redirectUri() + ")");
        }
        try (OauthRedirectListener.Redirect redirect = listener.await(timeout, clock)) {
          Tokens tokens = complete(pkce, redirect.uri(), "auth.loginWithBrowser()");
          redirect.answer(true);
          return tokens;
        }
      }
    }
    answers.show("(no browser could be opened here: open the URL above in any browser)");
    return completePasted(pkce, answers);
  }

  /**
   * Sign-in without a browser here ({@code --no-browser}): show the URL, then read the address the
   * browser ended on, pasted back; check its {@code state} and exchange its code.
   */
  Tokens signInPastedBack(String identityProvider, ChallengeAnswers answers) {
    if (!(answers instanceof InteractiveAnswers)) {
      throw new AuthException(
          Reason.CHALLENGE_UNANSWERED,
          "Signing in without a browser needs a terminal to paste the redirected address into",
          "run it in the cogsh shell; in scripts use auth.login() or a remembered session");
    }
    OauthPkce pkce = OauthPkce.create(random);
    URI url = authorizeUrl(pkce, identityProvider);
    answers.show("Open this URL in a browser (on any machine) and sign in: " + url);
    return completePasted(pkce, answers);
  }

  private Tokens completePasted(OauthPkce pkce, ChallengeAnswers answers) {
    URI redirect = settings().redirectUri();
    answers.show(
        "The browser then goes to "
            + redirect
            + "?code=… (the page may not load). Copy that whole address and paste it here.");
    String pasted = answers.redirectedUrl(redirect);
    if (pasted == null || pasted.isBlank()) {
      throw new AuthException(
          Reason.CHALLENGE_UNANSWERED,
          "No redirected address was pasted: the sign-in is cancelled",
          "start again with auth.loginWithoutBrowser() or /login --browser --no-browser");
    }
    return complete(pkce, PastedRedirect.parse(pasted, redirect), "auth.loginWithoutBrowser()");
  }

  /**
   * Checks the redirect's {@code state}, exchanges its code, checks the ID token.
   *
   * @param again the call that starts a new sign-in, for the hints
   */
  Tokens complete(OauthPkce pkce, URI redirected, String again) {
    Map<String, String> q = query(redirected.getRawQuery());
    if (!pkce.state().equals(q.get("state"))) {
      throw new AuthException(
          Reason.PROTOCOL,
          "The redirect's state does not match this sign-in (a stale or forged redirect)",
          "start again with " + again + " and finish with the URL it prints, in one browser tab");
    }
    if (q.containsKey("error")) {
      throw new AuthException(
          Reason.OTHER,
          "Managed login answered "
              + q.get("error")
              + (q.containsKey("error_description") ? ": " + q.get("error_description") : ""),
          "check scopes and the app client's allowed OAuth flows and scopes");
    }
    String code = q.get("code");
    if (code == null) {
      throw new AuthException(
          Reason.PROTOCOL,
          "The redirect carries no code",
          "paste the whole URL the browser was sent to, with its ?code=…");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", settings().redirectUri().toString());
    form.put("code_verifier", pkce.verifier());
    Tokens tokens = tokens(tokenCall(form), null);
    OauthIdTokenCheck.check(
        tokens.idToken(),
        OauthHttp.get(jwksUri(), null),
        config.issuer(),
        config.appClientId(),
        pkce.nonce(),
        clock.instant());
    return tokens;
  }

  /** New ID and access tokens with the {@code refresh_token} grant. */
  Tokens refresh(Tokens current) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", current.refreshToken());
    return tokens(tokenCall(form), current.refreshToken());
  }

  /** Revokes a refresh token ({@code /oauth2/revoke}) and the access tokens it issued. */
  void revoke(String refreshToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", refreshToken);
    if (config.appClientSecret() == null) {
      form.put("client_id", config.appClientId());
    }
    OauthHttp.postForm(
        settings().endpoint("/oauth2/revoke"),
        form,
        config.appClientId(),
        config.appClientSecret());
  }

  /** The user's claims from {@code /oauth2/userInfo}. */
  JsonNode userInfo(Tokens tokens) {
    return OauthHttp.get(settings().endpoint("/oauth2/userInfo"), tokens.accessToken().raw());
  }

  /** {@code /logout?client_id=…&logout_uri=…}, for the browser. */
  URI logoutUrl() {
    OauthSettings s = settings();
    if (s.logoutUri() == null) {
      throw new AuthException(
          Reason.CONFIGURATION,
          "logoutUri is not set",
          "set logoutUri in cogsh.json to a sign-out URL of the app client");
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("client_id", config.appClientId());
    q.put("logout_uri", s.logoutUri().toString());
    return URI.create(s.endpoint("/logout") + "?" + form(q));
  }

  /** The raw token response of a {@code client_credentials} grant. */
  JsonNode clientCredentials(String scope) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    if (scope != null && !scope.isBlank()) {
      form.put("scope", scope);
    }
    return tokenCall(form);
  }

  private JsonNode tokenCall(Map<String, String> form) {
    if (config.appClientSecret() == null) {
      form.put("client_id", config.appClientId());
    }
    return OauthHttp.postForm(
        settings().endpoint("/oauth2/token"), form, config.appClientId(), config.appClientSecret());
  }

  private static Tokens tokens(JsonNode answer, String keptRefreshToken) {
    String refresh = answer.path("refresh_token").asText(null);
    return Tokens.of(
        Jwt.decode(answer.path("id_token").asText(null)),
        Jwt.decode(answer.path("access_token").asText(null)),
        refresh != null ? refresh : keptRefreshToken);
  }

  /** The pool's JWKS: on the Cognito endpoint (or its override, e.g. the sandbox). */
  URI jwksUri() {
    URI idp = config.endpoints().cognitoIdp();
    String base =
        idp != null
            ? idp.toString().replaceAll("/+$", "")
            : "https://cognito-idp." + config.region() + ".amazonaws.com";
    return URI.create(base + "/" + config.userPoolId() + "/.well-known/jwks.json");
  }

  static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.putIfAbsent(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static String form(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach(
        (k, v) ->
            out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
    return out.toString();
  }
}
