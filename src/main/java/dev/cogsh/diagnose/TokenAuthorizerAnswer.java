package dev.cogsh.diagnose;

import dev.cogsh.api.ApiAuthorization;
import dev.cogsh.api.Finding.Kind;
import dev.cogsh.api.Response;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers of token authorizers, read against the token that was sent: a REST API's Cognito user
 * pool authorizer (401 {@code Unauthorized}, "The incoming token has expired") and an HTTP API's
 * JWT authorizer ({@code www-authenticate: Bearer … error="invalid_token"} or {@code
 * error="insufficient_scope"}). The token's {@code token_use}, {@code iss}, {@code aud}/{@code
 * client_id}, {@code scope} and {@code exp} are compared with the call and the session's pool; API
 * keys and usage plans are {@link ApiKeyAnswer}'s.
 */
final class TokenAuthorizerAnswer {

  /** The session's pool, to compare a token's issuer and client with; fields may be null. */
  record Pool(String issuer, String appClientId) {
    static final Pool UNKNOWN = new Pool(null, null);
  }

  private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private TokenAuthorizerAnswer() {}

  static Optional<Diagnosis> of(Response r, String line, Pool pool) {
    String challenge = r.header("www-authenticate");
    String message = r.errorMessage();
    boolean jwtAuthorizer = challenge != null && challenge.regionMatches(true, 0, "Bearer", 0, 6);
    if (r.status() == 403
        && jwtAuthorizer
        && param(challenge, "error").equals("insufficient_scope")) {
      return Optional.of(scope(r, line, challenge));
    }
    if (!jwtAuthorizer) {
      Optional<Diagnosis> key = ApiKeyAnswer.of(r, line);
      if (key.isPresent()) {
        return key;
      }
    }
    if (r.status() != 401
        || !message.equals("Unauthorized") && !message.equals("The incoming token has expired")) {
      return Optional.empty();
    }
    ApiAuthorization auth = r.request().authorization();
    String sent = r.request().frozen().header(auth.header()).orElse(null);
    if (sent != null && sent.startsWith("AWS4-HMAC-SHA256")) {
      sent = null; // a SigV4 signature, not a token
    }
    String description = jwtAuthorizer ? param(challenge, "error_description") : "";
    if (message.equals("The incoming token has expired") || description.contains("expired")) {
      return Optional.of(
          simple(
              Kind.TOKEN_EXPIRED,
              "the token expired — auth.refresh(), then send again",
              line
                  + "\nThe authorizer says the token has expired. cogsh sends tokens refreshed a"
                  + " minute before expiry, so either the token was set by hand (.header(..)) or"
                  + " this clock is behind. auth.refresh() gets new tokens.\n"));
    }
    if (sent == null) {
      String how =
          auth.iam()
              ? "The request was SigV4-signed (" + auth.describe() + "), but this route has a"
              : "No " + auth.header() + " header was sent, and this route has a";
      return Optional.of(
          simple(
              Kind.UNAUTHORIZED,
              "401 Unauthorized: no token sent — use api.auth(ID_TOKEN) for a REST Cognito"
                  + " authorizer, api.auth(ACCESS_TOKEN) for an HTTP API JWT authorizer",
              line
                  + "\n"
                  + how
                  + " token authorizer. Send a token: api.auth(ID_TOKEN) for a REST API's Cognito"
                  + " user pool authorizer (the raw ID token), api.auth(ACCESS_TOKEN) for an HTTP"
                  + " API's JWT authorizer (Bearer access token); or set apiAuth in cogsh.json.\n"));
    }
    Optional<JwtPeek> peek = JwtPeek.of(sent);
    if (peek.isEmpty()) {
      return Optional.of(
          simple(
              Kind.UNAUTHORIZED,
              "401 Unauthorized: the " + auth.header() + " header holds no JWT",
              line
                  + "\nThe "
                  + auth.header()
                  + " header was sent, but its value is not a JWT (three base64url parts)."
                  + " Let cogsh send the token: api.auth(ID_TOKEN) or api.auth(ACCESS_TOKEN).\n"));
    }
    return Optional.of(
        TokenMismatch.explain(peek.get(), r.request().signedAt(), jwtAuthorizer, description, pool)
            .map(m -> simple(m.kind(), m.summary(), line + "\n" + m.text() + "\n"))
            .orElseGet(
                () ->
                    simple(
                        Kind.UNAUTHORIZED,
                        "401 Unauthorized: the authorizer refused "
                            + peek.get().kind()
                            + (description.isEmpty() ? "" : " (" + description + ")"),
                        line
                            + "\nThe authorizer refused "
                            + peek.get().kind()
                            + " from "
                            + peek.get().issuer()
                            + (description.isEmpty() ? "" : ": " + description)
                            + ". Its signature, issuer or audience is not one the authorizer"
                            + " trusts: a token of another pool (or of an earlier sandbox with the"
                            + " same pool id)? Check the authorizer's user pool and app client.\n")));
  }

  private static Diagnosis scope(Response r, String line, String challenge) {
    String needed = param(challenge, "scope");
    ApiAuthorization auth = r.request().authorization();
    Optional<JwtPeek> peek = JwtPeek.of(r.request().frozen().header(auth.header()).orElse(null));
    String had =
        peek.map(p -> p.scope().isEmpty() ? "no scopes" : "scopes " + p.scope()).orElse("?");
    boolean idToken = peek.map(p -> p.tokenUse().equals("id")).orElse(false);
    String next =
        idToken
            ? "an ID token carries no scopes: send the access token (api.auth(ACCESS_TOKEN))"
            : "get an access token with "
                + needed
                + ": sign in through managed login asking for it (scopes in cogsh.json), or use a"
                + " client-credentials token; the SDK sign-in gives only"
                + " aws.cognito.signin.user.admin";
    return simple(
        idToken ? Kind.WRONG_TOKEN : Kind.INSUFFICIENT_SCOPE,
        "403 insufficient_scope: the route needs scope "
            + needed
            + ", the token has "
            + had
            + " — "
            + (idToken ? "send the access token" : "get a token with " + needed),
        line
            + "\nThe HTTP API's JWT authorizer wants scope "
            + needed
            + " ("
            + param(challenge, "error_description")
            + "); the token sent has "
            + had
            + ".\nNext: "
            + next
            + ".\n");
  }

  /** A parameter of a {@code www-authenticate} challenge, or empty. */
  static String param(String challenge, String name) {
    Matcher m = PARAM.matcher(challenge);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return "";
  }

  static boolean hasScope(String scopes, String wanted) {
    return Arrays.asList(scopes.split(" ")).contains(wanted);
  }

  private static Diagnosis simple(Kind kind, String summary, String text) {
    return new Diagnosis(kind, null, summary, text, null, null);
  }
}
