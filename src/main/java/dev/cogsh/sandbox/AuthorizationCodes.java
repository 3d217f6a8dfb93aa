package dev.cogsh.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authorize requests waiting on the login form, and the codes issued for them. A code is good
 * once, for five minutes, and only with the redirect URI and PKCE verifier of its request.
 */
final class AuthorizationCodes {
  static final Duration CODE_VALIDITY = Duration.ofMinutes(5);
  static final Duration FORM_VALIDITY = Duration.ofMinutes(30);

  /**
   * One {@code /oauth2/authorize} request as the login form carries it forward.
   *
   * @param clientId the app client
   * @param redirectUri the registered callback URL to send the code to
   * @param scope the granted scopes, space-separated
   * @param state the client's {@code state}, returned unchanged
   * @param nonce the client's {@code nonce}, put into the ID token, or {@code null}
   * @param codeChallenge the PKCE S256 challenge, or {@code null}
   * @param username the user once the password is proven (before a later step), else {@code null}
   */
  record Authorize(
      String clientId,
      String redirectUri,
      String scope,
      String state,
      String nonce,
      String codeChallenge,
      String username) {
    Authorize provenAs(String user) {
      return new Authorize(clientId, redirectUri, scope, state, nonce, codeChallenge, user);
    }
  }

  /** An issued code: the request it answers, the user, and when it stops being good. */
  record Grant(Authorize request, String username, Instant expires) {}

  private record Waiting(Authorize request, Instant expires) {}

  private final Clock clock;
  private final RandomIds random;
  private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();

  AuthorizationCodes(Clock clock, RandomIds random) {
    this.clock = clock;
    this.random = random;
  }

  /** Keeps a request for the login form; returns the id the form posts back. */
  String hold(Authorize request) {
    String id = random.opaque(24);
    waiting.put(id, new Waiting(request, clock.instant().plus(FORM_VALIDITY)));
    return id;
  }

  /** Replaces a held request (after the password step). */
  void update(String id, Authorize request) {
    waiting.put(id, new Waiting(request, clock.instant().plus(FORM_VALIDITY)));
  }

  /** The held request, or an {@code invalid_request} when it is unknown or too old. */
  Authorize held(String id) {
    Waiting w = id == null ? null : waiting.get(id);
    if (w == null || clock.instant().isAfter(w.expires())) {
      throw OauthError.invalidRequest(
          "the sign-in page expired or is unknown; start again at /oauth2/authorize");
    }
    return w.request();
  }

  /** Ends the held request and issues its one-time code for {@code username}. */
  String issue(String id, String username) {
    Authorize request = held(id);
    waiting.remove(id);
    String code = random.uuid();
    codes.put(code, new Grant(request, username, clock.instant().plus(CODE_VALIDITY)));
    return code;
  }

  /** Takes a code (it is good once), or {@code invalid_grant}. */
  Grant redeem(String code) {
    Grant grant = code == null ? null : codes.remove(code);
    if (grant == null || clock.instant().isAfter(grant.expires())) {
      throw OauthError.invalidGrant("the authorization code is unknown, used or expired");
    }
    return grant;
  }
}
