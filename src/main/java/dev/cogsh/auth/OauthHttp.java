package dev.cogsh.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.auth.AuthException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The few plain HTTP calls of managed login: form posts to {@code /oauth2/token} and {@code
 * /oauth2/revoke}, and GETs of {@code /oauth2/userInfo} and the JWKS. They are not SDK operations,
 * so they go over {@link HttpURLConnection}, as the SDK's own URL-connection client does. OAuth
 * errors ({@code {"error":"invalid_grant"}}) become {@link AuthException}s that name the error.
 */
final class OauthHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TIMEOUT_MS = 15_000;

  /** An answer: status and parsed JSON body (an empty object for none). */
  record Answer(int status, JsonNode body) {}

  private OauthHttp() {}

  /** POSTs a form with optional HTTP Basic client authentication; fails on a non-2xx answer. */
  static JsonNode postForm(URI uri, Map<String, String> form, String clientId, String secret) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) -> {
          if (v != null) {
            body.append(body.length() == 0 ? "" : "&").append(encode(k)).append('=');
            body.append(encode(v));
          }
        });
    String basic =
        secret == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
    return ok(uri, send(uri, "POST", body.toString(), basic));
  }

  /** GETs JSON, with a bearer token when one is given; fails on a non-2xx answer. */
  static JsonNode get(URI uri, String bearer) {
    return ok(uri, send(uri, "GET", null, bearer == null ? null : "Bearer " + bearer));
  }

  private static JsonNode ok(URI uri, Answer answer) {
    if (answer.status() / 100 == 2) {
      return answer.body();
    }
    String error = answer.body().path("error").asText("HTTP " + answer.status());
    String description = answer.body().path("error_description").asText("");
    Reason reason =
        switch (error) {
          case "invalid_grant", "invalid_token" -> Reason.SESSION_EXPIRED;
          case "invalid_client", "unauthorized_client" -> Reason.CONFIGURATION;
          default -> Reason.OTHER;
        };
    String hint =
        switch (error) {
          case "invalid_grant" ->
              "the code or refresh token was used, expired or revoked: sign in again with"
                  + " auth.loginWithBrowser()";
          case "invalid_client" ->
              "check appClientId and appClientSecret (a client with a secret sends it as HTTP"
                  + " Basic)";
          case "unauthorized_client" ->
              "enable this OAuth grant type for the app client in the Cognito console";
          case "invalid_scope" ->
              "ask only for scopes the app client allows (Cognito console → App client →"
                  + " Login pages)";
          default -> "check the managed-login settings (domain, redirectUri, scopes)";
        };
    return failWith(
        reason,
        uri.getPath() + " answered " + error + (description.isEmpty() ? "" : ": " + description),
        hint);
  }

  private static Answer send(URI uri, String method, String form, String authorization) {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setRequestMethod(method);
      connection.setConnectTimeout(TIMEOUT_MS);
      connection.setReadTimeout(TIMEOUT_MS);
      connection.setInstanceFollowRedirects(false);
      connection.setRequestProperty("Accept", "application/json");
      if (authorization != null) {
        connection.setRequestProperty("Authorization", authorization);
      }
      if (form != null) {
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = connection.getOutputStream()) {
          out.write(form.getBytes(StandardCharsets.UTF_8));
        }
      }
      int status = connection.getResponseCode();
      InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
      if (in != null) {
        in.close();
      }
      JsonNode body = bytes.length == 0 ? JSON.createObjectNode() : parse(bytes);
      return new Answer(status, body);
    } catch (IOException e) {
      return failWith(
          Reason.NETWORK,
          "cannot reach " + uri.getScheme() + "://" + uri.getAuthority() + ": " + e.getMessage(),
          "check the domain setting of managed login and the network");
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      return JSON.createObjectNode().put("error", "not JSON");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static <T> T failWith(Reason reason, String message, String hint) {
    throw new AuthException(reason, message, hint);
  }
}
