package dev.cogsh.api;

import dev.cogsh.config.ApiAuth;
import dev.cogsh.config.ApiAuthSettings;
import dev.cogsh.config.Config;
import dev.cogsh.sigv4.Header;
import java.util.List;

/**
 * Chooses a request's authorization: the mode, header and API key given on the request win over the
 * configuration ({@code apiAuth}, {@code apiAuthHeader}, {@code apiKey}), which wins over the
 * default ({@code iam}, {@code Authorization}, no key).
 */
final class AuthChoice {

  /** The API key's header, as API Gateway reads it. */
  static final String API_KEY_HEADER = "x-api-key";

  private AuthChoice() {}

  static ApiAuthorization of(Config config, ApiAuth requested, String header, String apiKey) {
    ApiAuthSettings settings = config.apiAuth();
    ApiAuth mode;
    String why;
    if (requested != null) {
      mode = requested;
      why = ".auth(" + requested.name() + ") on the request";
    } else if (settings.mode() != ApiAuth.IAM) {
      mode = settings.mode();
      why = "apiAuth in the configuration";
    } else {
      mode = ApiAuth.IAM;
      why = "the default: apiAuth is not set";
    }
    String key = apiKey != null ? apiKey : settings.apiKey();
    return new ApiAuthorization(mode, why, header != null ? header : settings.tokenHeader(), key);
  }

  /**
   * A presigned URL's: SigV4 in the query, and only an API key given on the request (one signed in
   * must be sent as a header, which a client holding only the URL does not do).
   */
  static ApiAuthorization presigned(String header, String apiKey) {
    return new ApiAuthorization(
        ApiAuth.IAM,
        "a presigned URL is always SigV4-signed",
        header != null ? header : ApiAuthSettings.AUTHORIZATION,
        apiKey);
  }

  /**
   * Adds {@code x-api-key} unless the caller set it; in the {@code apiKey} mode a key is required.
   */
  static void addApiKey(ApiAuthorization auth, List<Header> headers) {
    boolean given = headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(API_KEY_HEADER));
    if (given) {
      return;
    }
    if (auth.apiKey() != null) {
      headers.add(new Header(API_KEY_HEADER, auth.apiKey()));
    } else if (auth.mode() == ApiAuth.API_KEY) {
      throw new ApiException(
          "the apiKey mode needs an API key, and none is set",
          "set apiKey in cogsh.json or COGSH_API_KEY, or call .apiKey(\"…\") on the request");
    }
  }
}
