package dev.cogsh.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How {@code api} authorizes a call (config {@code apiAuth}, or per request {@code .auth(..)}):
 * SigV4 with the Identity Pool's credentials, a Cognito token in a header, an API key only, or
 * nothing. In the shell the constants are imported: {@code
 * api.auth(ID_TOKEN).get("/cognito/notes")}.
 */
public enum ApiAuth {
  /**
   * SigV4-signed with the session's AWS credentials: API Gateway's {@code AWS_IAM} (the default).
   */
  IAM("iam"),
  /** The ID token, raw, in the header: a REST API's Cognito user pool authorizer. */
  ID_TOKEN("idToken"),
  /** {@code Bearer <access token>}: an HTTP API's JWT authorizer (scopes are checked). */
  ACCESS_TOKEN("accessToken"),
  /** Only {@code x-api-key} (set {@code apiKey}): a method that requires an API key. */
  API_KEY("apiKey"),
  /** Nothing but the request itself: an open route. */
  NONE("none");

  private final String key;

  ApiAuth(String key) {
    this.key = key;
  }

  /** The value in {@code cogsh.json}: {@code iam}, {@code idToken} … */
  public String key() {
    return key;
  }

  /** True for the modes that send a Cognito token. */
  public boolean token() {
    return this == ID_TOKEN || this == ACCESS_TOKEN;
  }

  /** The mode for a value of {@code apiAuth}: its key, any case, or the constant's name. */
  public static Optional<ApiAuth> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(m -> m.key.toLowerCase(Locale.ROOT).equals(v))
        .findFirst();
  }

  /** Every key, for messages: {@code iam, idToken, accessToken, apiKey, none}. */
  public static String keys() {
    return Arrays.stream(values()).map(ApiAuth::key).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return key;
  }
}
