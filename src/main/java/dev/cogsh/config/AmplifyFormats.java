package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Amplify's configuration shapes: {@code aws-exports.js}, {@code amplify_outputs.json}, v5/v6. */
final class AmplifyFormats {

  private AmplifyFormats() {}

  /** Gen 1 {@code aws-exports.js}: {@code aws_user_pools_id}, {@code aws_cloud_logic_custom}, … */
  static void awsExports(JsonNode root, Extraction e) {
    e.take(Field.REGION, root, "aws_cognito_region", "");
    if (!e.values.containsKey(Field.REGION)) {
      e.take(Field.REGION, root, "aws_project_region", "");
    }
    e.take(Field.USER_POOL_ID, root, "aws_user_pools_id", "");
    e.take(Field.APP_CLIENT_ID, root, "aws_user_pools_web_client_id", "");
    e.take(Field.IDENTITY_POOL_ID, root, "aws_cognito_identity_pool_id", "");
    OauthImport.awsExports(root, e);
    JsonNode apis = root.get("aws_cloud_logic_custom");
    if (apis != null && apis.isArray()) {
      for (int i = 0; i < apis.size(); i++) {
        JsonNode api = apis.get(i);
        String at = "aws_cloud_logic_custom[" + i + "].";
        Optional<String> url =
            Extraction.member(api, "endpoint").flatMap(n -> e.text(n, at + "endpoint"));
        Optional<String> name = Extraction.member(api, "name").flatMap(n -> e.text(n, at + "name"));
        Optional<String> region =
            Extraction.member(api, "region").flatMap(n -> e.text(n, at + "region"));
        url.ifPresent(u -> e.endpoint(name.orElse(null), u, region.orElse(null)));
      }
    }
    if (e.choices.isEmpty()) {
      e.notes.add("no REST API (aws_cloud_logic_custom) in the file: set apiUrl yourself");
    }
    if (root.has("aws_appsync_graphqlEndpoint")) {
      e.notes.add(
          graphqlNote("aws_appsync_graphqlEndpoint", root.get("aws_appsync_graphqlEndpoint")));
    }
  }

  /** Gen 2 {@code amplify_outputs.json}: {@code auth.*} and REST APIs under {@code custom}. */
  static void outputs(JsonNode root, Extraction e) {
    JsonNode auth = root.get("auth");
    e.take(Field.REGION, auth, "aws_region", "auth.");
    e.take(Field.USER_POOL_ID, auth, "user_pool_id", "auth.");
    e.take(Field.APP_CLIENT_ID, auth, "user_pool_client_id", "auth.");
    e.take(Field.IDENTITY_POOL_ID, auth, "identity_pool_id", "auth.");
    OauthImport.outputs(root, e);
    JsonNode custom = root.get("custom");
    if (custom != null) {
      endpoints(custom, "custom", null, e, 0);
    }
    if (e.choices.isEmpty()) {
      e.notes.add(
          "no REST API under \"custom\" (Amplify Gen 2 writes one only when backend.ts calls"
              + " backend.addOutput): set apiUrl yourself");
    }
    if (root.has("data")) {
      e.notes.add(graphqlNote("data.url", root.path("data").path("url")));
    }
  }

  /** The AppSync GraphQL endpoint is no REST API, so not {@code apiUrl}: how to call it. */
  private static String graphqlNote(String key, JsonNode url) {
    String where = url != null && url.isTextual() ? url.asText() : "<url>";
    return key
        + " (AppSync GraphQL) is not taken as apiUrl, which is for REST APIs: call it with"
        + " api.graphqlUrl(\""
        + where
        + "\") and api.graphql(query)";
  }

  /**
   * Finds REST endpoints in Gen 2 custom outputs, in the shapes the Amplify docs show: {@code
   * custom.API.<name>.{endpoint, region, apiName}}, {@code custom.<name>.{endpoint|url}} and flat
   * {@code custom.{api_endpoint|endpoint|url, api_name, region}}.
   */
  private static void endpoints(JsonNode node, String path, String key, Extraction e, int depth) {
    if (!node.isObject() || depth > 3) {
      return;
    }
    Optional<JsonNode> url =
        Extraction.member(
            node,
            List.of(
                "endpoint",
                "url",
                "api_endpoint",
                "apiEndpoint",
                "api_url",
                "apiUrl",
                "invokeUrl",
                "rest_api_url"));
    Optional<String> text =
        url.filter(n -> n.isTextual() && looksLikeUrl(n.textValue()))
            .flatMap(n -> e.text(n, path + ".endpoint"));
    if (text.isPresent()) {
      String name =
          Extraction.member(node, List.of("apiName", "api_name", "name"))
              .filter(JsonNode::isTextual)
              .map(JsonNode::textValue)
              .orElse(key == null || key.equalsIgnoreCase("API") ? hostName(text.get()) : key);
      String region =
          Extraction.member(node, List.of("region", "aws_region"))
              .filter(JsonNode::isTextual)
              .map(JsonNode::textValue)
              .orElse(null);
      e.endpoint(name, text.get(), region);
      return;
    }
    for (Map.Entry<String, JsonNode> child : node.properties()) {
      endpoints(child.getValue(), path + "." + child.getKey(), child.getKey(), e, depth + 1);
    }
  }

  /** Amplify v5 and v6 {@code Amplify.configure({ Auth: …, API: … })} objects. */
  static void configure(JsonNode root, Extraction e) {
    JsonNode auth = Extraction.member(root, "Auth").orElse(null);
    JsonNode cognito = Extraction.member(auth, "Cognito").orElse(auth); // v6 nests it
    String at = cognito == auth ? "Auth." : "Auth.Cognito.";
    e.take(Field.REGION, cognito, "region", at);
    e.take(Field.USER_POOL_ID, cognito, "userPoolId", at);
    e.take(Field.APP_CLIENT_ID, cognito, "userPoolWebClientId", at);
    e.take(Field.APP_CLIENT_ID, cognito, "userPoolClientId", at);
    e.take(Field.IDENTITY_POOL_ID, cognito, "identityPoolId", at);
    JsonNode api = Extraction.member(root, "API").orElse(null);
    JsonNode v5 = Extraction.member(api, "endpoints").orElse(null);
    if (v5 != null && v5.isArray()) {
      for (JsonNode endpoint : v5) {
        endpoints(endpoint, "API.endpoints", null, e, 0);
      }
    }
    JsonNode rest = Extraction.member(api, "REST").orElse(null);
    if (rest != null && rest.isObject()) {
      for (Map.Entry<String, JsonNode> named : rest.properties()) {
        endpoints(named.getValue(), "API.REST." + named.getKey(), named.getKey(), e, 0);
      }
    }
  }

  private static boolean looksLikeUrl(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  /** A name for an unnamed endpoint: the API id, the first label of its host. */
  private static String hostName(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null
          ? "api"
          : host.substring(0, host.indexOf('.') < 0 ? host.length() : host.indexOf('.'));
    } catch (IllegalArgumentException ex) {
      return "api";
    }
  }
}
