package dev.cogsh.api;

import dev.cogsh.config.ApiAuth;
import dev.cogsh.human.Masks;

/**
 * How one request is authorized, and why: what {@code /explain} starts with.
 *
 * @param mode the mode used
 * @param why where the mode came from: the request's {@code .auth(..)}, the configuration, or the
 *     default
 * @param header the header a token goes in (token modes)
 * @param apiKey the API key sent as {@code x-api-key}, or null (a secret: never printed)
 */
public record ApiAuthorization(ApiAuth mode, String why, String header, String apiKey) {

  /** True in the {@code iam} mode: SigV4-signed. */
  public boolean iam() {
    return mode == ApiAuth.IAM;
  }

  /**
   * One line: {@code idToken (apiAuth in the configuration): the ID token, raw, in Authorization}.
   */
  public String describe() {
    String how =
        switch (mode) {
          case IAM -> "SigV4-signed with the session's AWS credentials";
          case ID_TOKEN ->
              "the ID token, raw, in "
                  + header
                  + " (as a REST API's Cognito user pool authorizer expects); not signed";
          case ACCESS_TOKEN ->
              "\"Bearer <access token>\" in "
                  + header
                  + " (as an HTTP API's JWT authorizer expects); not signed";
          case API_KEY -> "only the API key; not signed";
          case NONE -> "nothing: not signed, no token";
        };
    return mode
        + " ("
        + why
        + "): "
        + how
        + (apiKey == null ? "" : "; x-api-key " + Masks.secret(apiKey) + " sent too");
  }

  @Override
  public String toString() {
    return "ApiAuthorization[" + describe() + "]";
  }
}
