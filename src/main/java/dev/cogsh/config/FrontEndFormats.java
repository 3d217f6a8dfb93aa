package dev.cogsh.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the front-end configuration formats and reads Cognito and API settings from them: the
 * tutorial's {@code src/config.js}, Amplify's {@code aws-exports.js}, {@code amplify_outputs.json},
 * and a hand-written {@code Amplify.configure} object (v5 and v6 shapes).
 */
final class FrontEndFormats {

  static final String TUTORIAL = "tutorial config.js";

  private FrontEndFormats() {}

  /** Reads the settings from a parsed module; throws when none of the formats is recognised. */
  static ImportedConfig extract(Path source, String display, JsModule module) {
    Optional<JsonNode> exported = module.exported().filter(JsonNode::isObject);
    if (exported.isPresent()) {
      Optional<ImportedConfig> found = detect(source, exported.get());
      if (found.isPresent()) {
        return found.get();
      }
    }
    if (exported.isEmpty()) {
      // `export const amplifyConfig = {…}` with no default export
      for (JsonNode binding : module.objectBindings().values()) {
        Optional<ImportedConfig> found = detect(source, binding);
        if (found.isPresent() && !found.get().format().equals(TUTORIAL)) {
          return found.get();
        }
      }
    }
    // `const dev = {…}; const prod = {…}; export default { ...(stage === "prod" ? prod : dev) }`:
    // every top-level object in the tutorial's shape is a stage.
    List<ImportedConfig.Choice> stages = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> binding : module.objectBindings().entrySet()) {
      if (isTutorial(binding.getValue())) {
        Extraction e = new Extraction();
        tutorial(binding.getValue(), binding.getKey() + ".", e);
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.putAll(e.values);
        e.choices.forEach(c -> values.putAll(c.values()));
        stages.add(new ImportedConfig.Choice(binding.getKey(), values));
        notes.addAll(e.notes);
      }
    }
    if (!stages.isEmpty()) {
      if (stages.size() == 1 && exported.isEmpty()) {
        return new ImportedConfig(source, TUTORIAL, stages.get(0).values(), List.of(), notes);
      }
      notes.add(
          0,
          stages.size()
              + " stages (one object each): "
              + String.join(", ", stages.stream().map(ImportedConfig.Choice::name).toList()));
      return new ImportedConfig(source, TUTORIAL + " with stages", Map.of(), stages, notes);
    }
    throw new ConfigException(
        "found no Cognito settings in "
            + display
            + ": expected the tutorial's config.js (cognito: { USER_POOL_ID, … }), Amplify's"
            + " aws-exports.js (aws_user_pools_id, …) or amplify_outputs.json (auth.user_pool_id,"
            + " …)",
        "point 'cogsh config import' at the front end's src/config.js, src/aws-exports.js or"
            + " amplify_outputs.json");
  }

  private static Optional<ImportedConfig> detect(Path source, JsonNode root) {
    Extraction e = new Extraction();
    String format;
    if (root.get("auth") != null && root.get("auth").has("user_pool_id")) {
      format = "amplify_outputs.json";
      AmplifyFormats.outputs(root, e);
    } else if (root.has("aws_user_pools_id")
        || root.has("aws_cognito_identity_pool_id")
        || root.has("aws_cloud_logic_custom")) {
      format = "Amplify aws-exports.js";
      AmplifyFormats.awsExports(root, e);
    } else if (Extraction.member(root, "Auth").isPresent()) {
      format = "Amplify.configure object";
      AmplifyFormats.configure(root, e);
    } else if (isTutorial(root)) {
      format = TUTORIAL;
      tutorial(root, "", e);
    } else {
      return Optional.empty();
    }
    if (e.values.isEmpty() && e.choices.isEmpty()) {
      throw new ConfigException(
          "found the "
              + format
              + " shape in "
              + source.getFileName()
              + " but no value cogsh can use:"
              + "\n  "
              + String.join("\n  ", e.notes),
          "values computed at build time (import.meta.env, process.env) are not in the file; set"
              + " them in cogsh.json or as COGSH_* environment variables");
    }
    return Optional.of(new ImportedConfig(source, format, e.values, e.choices, e.notes));
  }

  static boolean isTutorial(JsonNode root) {
    return Extraction.member(root, "cognito").filter(JsonNode::isObject).isPresent()
        || Extraction.member(root, "apiGateway").filter(JsonNode::isObject).isPresent();
  }

  /**
   * {@code cognito: { REGION, USER_POOL_ID, APP_CLIENT_ID, IDENTITY_POOL_ID }, apiGateway: {…}}.
   */
  static void tutorial(JsonNode root, String path, Extraction e) {
    JsonNode cognito = Extraction.member(root, "cognito").orElse(null);
    String at = path + "cognito.";
    e.take(Field.REGION, cognito, "REGION", at);
    e.take(Field.USER_POOL_ID, cognito, "USER_POOL_ID", at);
    e.take(Field.APP_CLIENT_ID, cognito, "APP_CLIENT_ID", at);
    e.take(Field.IDENTITY_POOL_ID, cognito, "IDENTITY_POOL_ID", at);
    JsonNode api = Extraction.member(root, "apiGateway").orElse(null);
    if (api != null) {
      Map<Field, String> endpoint = new EnumMap<>(Field.class);
      e.take(endpoint, Field.API_URL, api, "URL", path + "apiGateway.");
      e.take(endpoint, Field.API_REGION, api, "REGION", path + "apiGateway.");
      if (endpoint.containsKey(Field.API_URL)) {
        String name = Extraction.member(api, "NAME").map(JsonNode::asText).orElse("api");
        e.endpoint(name, endpoint.get(Field.API_URL), endpoint.get(Field.API_REGION));
      }
    }
    List<String> ignored = new ArrayList<>();
    for (Map.Entry<String, JsonNode> member : root.properties()) {
      String folded = Suggestions.fold(member.getKey());
      if (!folded.equals("cognito")
          && !folded.equals("apigateway")
          && !member.getKey().startsWith(JsModule.SPREAD_KEY)) {
        ignored.add(path + member.getKey());
      }
    }
    if (!ignored.isEmpty()) {
      e.notes.add("not used by cogsh: " + String.join(", ", ignored));
    }
  }
}
