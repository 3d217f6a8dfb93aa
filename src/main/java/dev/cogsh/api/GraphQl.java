package dev.cogsh.api;

import dev.cogsh.sigv4.HostScope;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How {@code api.graphql(..)} reaches an AppSync API: {@code POST {"query","variables"}} as JSON,
 * signed for service {@code appsync} (the host may be a custom domain or loopback, which imply
 * nothing), at the GraphQL URL: the one set with {@code api.graphqlUrl(..)}, else {@code apiUrl}
 * when it is an AppSync host, else {@code /graphql} on the API's host.
 */
final class GraphQl {
  static final String SERVICE = "appsync";
  static final String PATH = "/graphql";

  private GraphQl() {}

  static GraphQlResponse send(Api api, URI url, String query, Map<String, ?> variables) {
    if (query == null || query.isBlank()) {
      throw new ApiException(
          "no GraphQL query to send", "give one, e.g. api.graphql(\"{ notes { id content } }\")");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("variables", variables == null ? Map.of() : variables);
    Response response =
        api.request("POST", url.toString()).json(body).service(SERVICE).retry(false).send();
    GraphQlResponse answer = new GraphQlResponse(response);
    if (api.options().throwOnError()) {
      answer.orThrow();
    }
    return answer;
  }

  /** The GraphQL URL of a session whose {@code apiUrl} is {@code apiUrl}. */
  static URI defaultUrl(URI apiUrl) {
    if (apiUrl == null) {
      throw new ApiException(
          "no apiUrl configured, so there is no GraphQL URL",
          "set it with api.graphqlUrl(\"https://….appsync-api.<region>.amazonaws.com/graphql\")");
    }
    String host = Objects.requireNonNullElse(apiUrl.getHost(), "");
    if (HostScope.of(host).map(s -> s.service().equals(SERVICE)).orElse(false)) {
      return apiUrl;
    }
    return URI.create(apiUrl.getScheme() + "://" + apiUrl.getRawAuthority() + PATH);
  }
}
