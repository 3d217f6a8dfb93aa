package dev.cogsh.diagnose;

import dev.cogsh.api.Finding.Kind;
import java.time.Instant;
import java.util.Optional;

/**
 * Why an authorizer refused a well-formed token, from its claims: expired, from another user pool,
 * for another app client, or the wrong kind (an access token where a REST Cognito authorizer wants
 * the ID token, a {@code Bearer} prefix it cannot read, an ID token where a JWT authorizer wants
 * the access token).
 */
record TokenMismatch(Kind kind, String summary, String text) {

  static Optional<TokenMismatch> explain(
      JwtPeek t,
      Instant sentAt,
      boolean jwtAuthorizer,
      String description,
      TokenAuthorizerAnswer.Pool pool) {
    if (t.expires() >= 0 && sentAt.getEpochSecond() >= t.expires()) {
      return Optional.of(
          new TokenMismatch(
              Kind.TOKEN_EXPIRED,
              "the token had expired when it was sent — auth.refresh(), then send again",
              "The token's exp ("
                  + Instant.ofEpochSecond(t.expires())
                  + ") was before the request ("
                  + sentAt
                  + "). auth.refresh() gets new tokens."));
    }
    if (pool.issuer() != null && !t.issuer().isEmpty() && !t.issuer().equals(pool.issuer())) {
      return Optional.of(
          new TokenMismatch(
              Kind.UNAUTHORIZED,
              "401 Unauthorized: the token is from another user pool (" + t.issuer() + ")",
              "The token's iss is "
                  + t.issuer()
                  + ", but this session signs in to "
                  + pool.issuer()
                  + ". The authorizer trusts its own pool: sign in to the API's pool (check"
                  + " userPoolId)."));
    }
    if (!jwtAuthorizer && t.tokenUse().equals("access")) {
      return Optional.of(
          new TokenMismatch(
              Kind.WRONG_TOKEN,
              "401 Unauthorized: an access token was sent; a REST Cognito authorizer takes the ID"
                  + " token — use api.auth(ID_TOKEN)",
              "A REST API's Cognito user pool authorizer without OAuth scopes on the method takes"
                  + " the ID token (token_use id), raw in the header. An access token was sent:"
                  + " use api.auth(ID_TOKEN), or add OAuth scopes to the method."));
    }
    if (!jwtAuthorizer && t.bearer()) {
      return Optional.of(
          new TokenMismatch(
              Kind.WRONG_TOKEN,
              "401 Unauthorized: 'Bearer ' before the token — a REST Cognito authorizer takes it"
                  + " raw: use api.auth(ID_TOKEN)",
              "The header said 'Bearer <token>'. A REST API's Cognito user pool authorizer reads"
                  + " the header as the token itself: send it raw (api.auth(ID_TOKEN))."));
    }
    boolean audience = description.contains("audience");
    if (audience
        || pool.appClientId() != null
            && !t.client().isEmpty()
            && !t.client().equals(pool.appClientId())) {
      return Optional.of(
          new TokenMismatch(
              Kind.UNAUTHORIZED,
              "401 Unauthorized: the token is for app client "
                  + t.client()
                  + ", not one the authorizer accepts",
              "The token's "
                  + (t.claims().hasNonNull("aud") ? "aud" : "client_id")
                  + " is "
                  + t.client()
                  + (pool.appClientId() == null
                      ? ""
                      : " (this session's client: " + pool.appClientId() + ")")
                  + "; the authorizer's audience (HTTP API) or user pool clients must include"
                  + " it."));
    }
    if (jwtAuthorizer && t.tokenUse().equals("id") && !description.isEmpty()) {
      return Optional.of(
          new TokenMismatch(
              Kind.WRONG_TOKEN,
              "401 Unauthorized: an ID token was sent to a JWT authorizer — use"
                  + " api.auth(ACCESS_TOKEN)",
              "An HTTP API's JWT authorizer usually takes the access token as"
                  + " 'Bearer <token>': use api.auth(ACCESS_TOKEN). ("
                  + description
                  + ")"));
    }
    return Optional.empty();
  }
}
