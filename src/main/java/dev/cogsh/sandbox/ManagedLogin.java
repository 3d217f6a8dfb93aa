package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.otp.Totp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser side of the pool's managed login: the OIDC discovery document, {@code
 * /oauth2/authorize} with its HTML sign-in form (new-password and authenticator steps included),
 * the built-in external provider {@code SandboxIdP}, and {@code /logout}. The token side is {@link
 * OauthTokens}. {@link #handle} answers {@code null} for paths that are not its own.
 */
final class ManagedLogin {
  private final SandboxIds ids;
  private final ManagedLoginSettings settings;
  private final UserPool pool;
  private final AuthorizationCodes codes;
  private final OauthTokens tokens;
  private final RandomIds random;
  private final Clock clock;

  ManagedLogin(
      SandboxIds ids,
      ManagedLoginSettings settings,
      UserPool pool,
      AuthorizationCodes codes,
      OauthTokens tokens,
      RandomIds random,
      Clock clock) {
    this.ids = ids;
    this.settings = settings;
    this.pool = pool;
    this.codes = codes;
    this.tokens = tokens;
    this.random = random;
    this.clock = clock;
  }

  /** The answer for a managed-login path, or {@code null} when the path is not one. */
  Reply handle(Request request) {
    String route = request.method() + " " + request.rawPath();
    try {
      return switch (route) {
        case "GET /oauth2/authorize" -> authorize(FormData.parse(request.rawQuery()));
        case "POST /login" -> login(FormData.body(request));
        case "GET /sandbox-idp/authorize" ->
            LoginPages.identityProvider(request(FormData.parse(request.rawQuery()).get("request")));
        case "POST /sandbox-idp/login" -> federated(FormData.body(request));
        case "GET /logout" -> logout(FormData.parse(request.rawQuery()));
        case "POST /oauth2/token" -> tokens.token(request);
        case "GET /oauth2/userInfo", "POST /oauth2/userInfo" -> tokens.userInfo(request);
        case "POST /oauth2/revoke" -> tokens.revoke(request);
        default ->
            route.equals("GET /" + ids.userPoolId() + "/.well-known/openid-configuration")
                ? Reply.json(200, Reply.JSON, discovery(request))
                : null;
      };
    } catch (OauthError e) {
      return route.startsWith("POST /oauth2/") || route.startsWith("GET /oauth2/userInfo")
          ? e.reply()
          : LoginPages.error(400, e.error(), e.getMessage());
    }
  }

  private ObjectNode discovery(Request request) {
    String base = "http://" + request.header("host");
    ObjectNode doc =
        Json.object()
            .put("issuer", ids.issuer())
            .put("authorization_endpoint", base + "/oauth2/authorize")
            .put("token_endpoint", base + "/oauth2/token")
            .put("userinfo_endpoint", base + "/oauth2/userInfo")
            .put("revocation_endpoint", base + "/oauth2/revoke")
            .put("end_session_endpoint", base + "/logout")
            .put("jwks_uri", base + "/" + ids.userPoolId() + "/.well-known/jwks.json");
    doc.putArray("response_types_supported").add("code").add("token");
    doc.putArray("grant_types_supported")
        .add("authorization_code")
        .add("refresh_token")
        .add("client_credentials");
    doc.putArray("code_challenge_methods_supported").add("S256");
    doc.putArray("subject_types_supported").add("public");
    doc.putArray("id_token_signing_alg_values_supported").add("RS256");
    settings.scopes().forEach(doc.putArray("scopes_supported")::add);
    return doc;
  }

  private Reply authorize(Map<String, String> q) {
    String clientId = q.get("client_id");
    if (!ids.appClientId().equals(clientId)) {
      throw OauthError.invalidRequest("unknown client_id " + clientId);
    }
    String redirectUri = q.get("redirect_uri");
    if (redirectUri == null || !settings.callbackUrls().contains(redirectUri)) {
      return LoginPages.error(
          400,
          "redirect_mismatch",
          "redirect_uri " + redirectUri + " is not a callback URL of the app client");
    }
    String state = q.get("state");
    if (!"code".equals(q.get("response_type"))) {
      return redirect(redirectUri, Map.of("error", "unsupported_response_type"), state);
    }
    String scope = q.getOrDefault("scope", String.join(" ", settings.scopes()));
    if (Arrays.stream(scope.split(" +")).anyMatch(s -> !settings.scopes().contains(s))) {
      return redirect(redirectUri, Map.of("error", "invalid_scope"), state);
    }
    String challenge = q.get("code_challenge");
    if (challenge != null && !"S256".equals(q.get("code_challenge_method"))) {
      return redirect(
          redirectUri,
          Map.of(
              "error",
              "invalid_request",
              "error_description",
              "code_challenge_method must be S256"),
          state);
    }
    String provider = q.get("identity_provider");
    if (provider != null
        && !provider.equals(FederatedUsers.PROVIDER)
        && !provider.equals("COGNITO")) {
      return redirect(
          redirectUri,
          Map.of("error", "invalid_request", "error_description", "unknown provider " + provider),
          state);
    }
    String id =
        codes.hold(
            new AuthorizationCodes.Authorize(
                clientId, redirectUri, scope, state, q.get("nonce"), challenge, null));
    if (FederatedUsers.PROVIDER.equals(provider)) {
      return found("/sandbox-idp/authorize?request=" + id);
    }
    return LoginPages.signIn(id, null);
  }

  private Reply login(Map<String, String> form) {
    String id = request(form.get("request"));
    AuthorizationCodes.Authorize pending = codes.held(id);
    String step = form.getOrDefault("step", "signin");
    PoolUser user;
    switch (step) {
      case "new-password" -> {
        user = provenUser(pending);
        if (!PoolUser.FORCE_CHANGE_PASSWORD.equals(user.status())) {
          // only a user who must change the password gets here; any other would skip its MFA
          throw OauthError.invalidRequest("the password does not need to be changed");
        }
        try {
          user = pool.withNewPassword(user, form.getOrDefault("new_password", ""), "CONFIRMED");
        } catch (AwsErrorException e) {
          return LoginPages.newPassword(id, e.getMessage());
        }
        pool.save(user);
      }
      case "totp" -> {
        user = provenUser(pending);
        if (!PoolUser.TOTP.equals(user.mfa())
            || PoolUser.FORCE_CHANGE_PASSWORD.equals(user.status())) {
          throw OauthError.invalidRequest("no authenticator code is asked of this sign-in");
        }
        if (!Totp.verify(user.totpSecret(), form.getOrDefault("code", ""), clock.instant(), 1)) {
          return LoginPages.totp(id, "Invalid code received for user");
        }
        return finish(id, pending, user);
      }
      default -> {
        user = pool.user(form.get("username"));
        if (user == null
            || FederatedUsers.STATUS.equals(user.status())
            || !pool.passwordMatches(user, form.getOrDefault("password", ""))) {
          return LoginPages.signIn(id, "Incorrect username or password.");
        }
        if (PoolUser.UNCONFIRMED.equals(user.status())) {
          return LoginPages.signIn(id, "User is not confirmed.");
        }
        codes.update(id, pending.provenAs(user.username()));
        if (PoolUser.FORCE_CHANGE_PASSWORD.equals(user.status())) {
          return LoginPages.newPassword(id, null);
        }
      }
    }
    if (PoolUser.TOTP.equals(user.mfa())) {
      codes.update(id, pending.provenAs(user.username()));
      return LoginPages.totp(id, null);
    }
    return finish(id, pending, user);
  }

  private PoolUser provenUser(AuthorizationCodes.Authorize pending) {
    PoolUser user = pending.username() == null ? null : pool.user(pending.username());
    if (user == null) {
      throw OauthError.invalidRequest("sign in with a password first");
    }
    return user;
  }

  private Reply federated(Map<String, String> form) {
    String id = request(form.get("request"));
    AuthorizationCodes.Authorize pending = codes.held(id);
    String external = form.getOrDefault("username", "").strip();
    if (external.isEmpty() || !external.matches("[A-Za-z0-9@._+-]{1,64}")) {
      return LoginPages.identityProvider(id);
    }
    return finish(id, pending, FederatedUsers.signIn(pool, random, external));
  }

  private Reply finish(String id, AuthorizationCodes.Authorize pending, PoolUser user) {
    String code = codes.issue(id, user.username());
    return redirect(pending.redirectUri(), Map.of("code", code), pending.state());
  }

  private Reply logout(Map<String, String> q) {
    if (!ids.appClientId().equals(q.get("client_id"))) {
      throw OauthError.invalidRequest("unknown client_id " + q.get("client_id"));
    }
    String logoutUri = q.get("logout_uri");
    if (logoutUri == null || !settings.logoutUrls().contains(logoutUri)) {
      return LoginPages.error(
          400, "redirect_mismatch", "logout_uri " + logoutUri + " is not a sign-out URL");
    }
    return found(logoutUri);
  }

  private static String request(String id) {
    if (id == null || id.isEmpty()) {
      throw OauthError.invalidRequest("the form lacks its request id");
    }
    return id;
  }

  private static Reply redirect(String uri, Map<String, String> fields, String state) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("state", state);
    return found(uri + (uri.contains("?") ? "&" : "?") + FormData.encode(all));
  }

  private static Reply found(String location) {
    return new Reply(302, Map.of("Location", location, "Cache-Control", "no-store"), new byte[0]);
  }
}
