package dev.cogsh.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An error of the managed-login endpoints, answered as Cognito does: {@code
 * {"error":"invalid_grant"}} with 400 (401 with {@code WWW-Authenticate} for {@code invalid_client}
 * and {@code invalid_token}).
 */
final class OauthError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  OauthError(int status, String error, String description) {
    super(description, null, false, false);
    this.status = status;
    this.error = error;
  }

  /** {@code invalid_grant}: a wrong, used or expired code or refresh token, a bad verifier. */
  static OauthError invalidGrant(String description) {
    return new OauthError(400, "invalid_grant", description);
  }

  /** {@code invalid_request}: a parameter is missing or malformed. */
  static OauthError invalidRequest(String description) {
    return new OauthError(400, "invalid_request", description);
  }

  String error() {
    return error;
  }

  Reply reply() {
    String body =
        Json.write(Json.object().put("error", error).put("error_description", getMessage()));
    Map<String, String> headers =
        status == 401
            ? Map.of(
                "Content-Type",
                Reply.JSON,
                "WWW-Authenticate",
                "Bearer error=\"" + error + "\", error_description=\"" + getMessage() + "\"")
            : Map.of("Content-Type", Reply.JSON);
    return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }
}
