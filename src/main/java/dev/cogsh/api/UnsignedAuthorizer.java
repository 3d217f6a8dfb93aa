package dev.cogsh.api;

import dev.cogsh.config.ApiAuth;
import java.time.Instant;

/**
 * Prepares a request in a mode other than {@code iam}: no credentials fetched, no signature; a
 * fresh Cognito token in the token header for {@code idToken} (raw, as REST Cognito authorizers
 * take it) and {@code accessToken} ({@code Bearer …}, as HTTP API JWT authorizers take it). A token
 * header the caller set is kept as given. The API key is already among the frozen headers.
 */
final class UnsignedAuthorizer {

  private UnsignedAuthorizer() {}

  static SignedRequest prepare(RequestSpec spec, TokenSource tokens, Instant now) {
    ApiAuthorization auth = spec.auth();
    FrozenRequest request = spec.request();
    if (auth.mode().token() && request.header(auth.header()).isEmpty()) {
      String value =
          auth.mode() == ApiAuth.ID_TOKEN ? tokens.idToken() : "Bearer " + tokens.accessToken();
      request = request.addHeader(auth.header(), value);
    }
    return SignedRequest.unsigned(request, spec, now);
  }
}
