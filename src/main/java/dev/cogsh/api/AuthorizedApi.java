package dev.cogsh.api;

import dev.cogsh.config.ApiAuth;
import java.util.Map;

/**
 * {@code api} with another authorization mode for the calls made through it: {@code
 * api.auth(ID_TOKEN).get("/cognito/notes")}. Each call is a {@link RequestBuilder} with {@link
 * RequestBuilder#auth(ApiAuth)} set; the session's state (last response, options) is the api's.
 */
public final class AuthorizedApi {

  private final Api api;
  private final ApiAuth mode;

  AuthorizedApi(Api api, ApiAuth mode) {
    this.api = api;
    this.mode = mode;
  }

  /** A request to build, in this mode. */
  public RequestBuilder request(String method, String path) {
    return api.request(method, path).auth(mode);
  }

  public Response get(String path) {
    return request("GET", path).send();
  }

  public Response get(String path, Map<String, ?> query) {
    return request("GET", path).query(query).send();
  }

  public Response post(String path) {
    return request("POST", path).send();
  }

  /** POST a body: Map/record/JsonNode as JSON, String as text, byte[] as is, Path as bytes. */
  public Response post(String path, Object body) {
    return request("POST", path).body(body).send();
  }

  public Response put(String path, Object body) {
    return request("PUT", path).body(body).send();
  }

  public Response patch(String path, Object body) {
    return request("PATCH", path).body(body).send();
  }

  public Response delete(String path) {
    return request("DELETE", path).send();
  }

  @Override
  public String toString() {
    return "api.auth(" + mode.name() + ")";
  }
}
