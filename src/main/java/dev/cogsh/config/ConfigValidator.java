package dev.cogsh.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks merged raw values and builds the effective {@link Config}: identifier shapes, region
 * consistency, URL form, copied-text accidents. Errors are collected and thrown together as one
 * {@link ConfigException}; warnings are returned.
 */
final class ConfigValidator {

  /** The outcome: the configuration, where each value came from, and the warnings. */
  record Validated(Config config, Map<Field, Origin> origins, List<String> warnings) {}

  private final Map<Field, Sourced> values = new EnumMap<>(Field.class);
  private final Map<Field, Origin> origins = new EnumMap<>(Field.class);
  private final List<String> warnings = new ArrayList<>();
  private final List<ConfigException.Problem> problems = new ArrayList<>();

  private ConfigValidator(Map<Field, Sourced> raw) {
    values.putAll(raw);
    raw.forEach((field, sourced) -> origins.put(field, sourced.origin()));
  }

  /** Validates the merged values; throws {@link ConfigException} listing every error. */
  static Validated validate(Map<Field, Sourced> raw) {
    return new ConfigValidator(raw).run();
  }

  private Validated run() {
    for (Field field : List.copyOf(values.keySet())) {
      clean(field);
    }
    String userPoolRegion =
        checkId(
            Field.USER_POOL_ID,
            IdentifierShapes.USER_POOL_ID,
            "<region>_<id>, e.g. us-east-1_AbC123xyz",
            "Cognito console → User pools → the pool's \"User pool ID\"; the JavaScript SDK reports"
                + " a wrong one as \"Invalid UserPoolId format.\"");
    String identityRegion =
        checkId(
            Field.IDENTITY_POOL_ID,
            IdentifierShapes.IDENTITY_POOL_ID,
            "<region>:<uuid>, e.g. us-east-1:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
            "Cognito console → Identity pools → the pool's \"Identity pool ID\"");
    checkPattern(
        Field.APP_CLIENT_ID,
        IdentifierShapes.APP_CLIENT_ID,
        "letters and digits, e.g. 4abcdefghijklmnopqrstu1234",
        "Cognito console → the user pool → App clients → \"Client ID\"");
    checkPattern(
        Field.API_SERVICE,
        IdentifierShapes.SERVICE,
        "a lower-case service name, e.g. execute-api",
        "leave apiService out to sign for execute-api");
    String regionHint = "a region looks like us-east-1 or eu-west-2";
    checkPattern(
        Field.REGION, IdentifierShapes.REGION_PATTERN, "a region such as us-east-1", regionHint);
    checkPattern(
        Field.API_REGION,
        IdentifierShapes.REGION_PATTERN,
        "a region such as us-east-1",
        regionHint);
    URI apiUrl = url(Field.API_URL, true);
    URI idpEndpoint = url(Field.COGNITO_IDP_ENDPOINT, false);
    URI identityEndpoint = url(Field.COGNITO_IDENTITY_ENDPOINT, false);

    String region = region(userPoolRegion, identityRegion, apiUrl);
    String apiRegion = apiRegion(apiUrl, region);
    if (userPoolRegion != null
        && identityRegion != null
        && !userPoolRegion.equals(identityRegion)) {
      warnings.add(
          "identityPoolId is in "
              + identityRegion
              + " but userPoolId is in "
              + userPoolRegion
              + ": cogsh calls the Identity Pool in "
              + identityRegion
              + "; if GetId answers \"IdentityPool '"
              + value(Field.IDENTITY_POOL_ID)
              + "' not found\", the two ids are from different projects or accounts");
    }
    OauthSettings oauth = OauthFields.settings(values, warnings, problems);
    ApiAuthSettings apiAuth = ApiAuthFields.settings(values, problems);
    String authFlow = AuthFlowField.check(values, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    Config config =
        new Config(
            region,
            value(Field.USER_POOL_ID),
            value(Field.APP_CLIENT_ID),
            value(Field.APP_CLIENT_SECRET),
            value(Field.IDENTITY_POOL_ID),
            apiUrl,
            apiRegion,
            value(Field.API_SERVICE),
            value(Field.USERNAME),
            value(Field.PASSWORD),
            idpEndpoint == null && identityEndpoint == null
                ? Config.Endpoints.NONE
                : new Config.Endpoints(idpEndpoint, identityEndpoint),
            oauth,
            apiAuth,
            authFlow);
    origins.putIfAbsent(Field.API_SERVICE, Origin.defaulted("execute-api"));
    origins.putIfAbsent(Field.API_AUTH, Origin.defaulted("iam"));
    origins.putIfAbsent(Field.AUTH_FLOW, Origin.defaulted(Config.AUTH_FLOWS.get(0)));
    missing();
    return new Validated(config, Map.copyOf(origins), List.copyOf(warnings));
  }

  /** Trims surrounding whitespace (saying so) and rejects characters copied from documents. */
  private void clean(Field field) {
    Sourced raw = values.get(field);
    if (field == Field.PASSWORD) {
      return; // a password is taken exactly as given
    }
    String stripped = raw.value().strip();
    if (!stripped.equals(raw.value())) {
      warnings.add(
          field.key() + " (" + raw.origin().describe() + "): removed surrounding whitespace");
      raw = raw.with(stripped);
      values.put(field, raw);
    }
    if (stripped.isEmpty()) {
      values.remove(field);
      origins.remove(field);
      return;
    }
    boolean identifier = IdentifierShapes.IDENTIFIERS.contains(field);
    Optional<String> odd =
        identifier || field == Field.APP_CLIENT_SECRET
            ? IdentifierShapes.suspiciousCharacter(stripped, identifier)
            : Optional.empty();
    if (odd.isPresent()) {
      fail(
          field,
          raw.describe(field)
              + " contains "
              + odd.get()
              + " — it was probably pasted from a"
              + " document, a chat or a web page",
          "retype " + field.key() + " with plain ASCII characters, without quotes or spaces");
      return;
    }
    Optional<String> placeholder =
        identifier ? IdentifierShapes.placeholder(stripped) : Optional.empty();
    if (placeholder.isPresent()) {
      fail(
          field,
          raw.describe(field) + " is still a template placeholder (" + placeholder.get() + ")",
          "replace it with the real value; 'cogsh config import' reads it from your front end");
    }
  }

  /** Checks a pool id's shape and returns its region (null when absent or invalid). */
  private String checkId(Field field, Pattern pattern, String form, String where) {
    if (!values.containsKey(field)) {
      return null;
    }
    if (!checkPattern(field, pattern, form, where)) {
      return null;
    }
    return IdentifierShapes.poolRegion(pattern, value(field)).orElse(null);
  }

  private boolean checkPattern(Field field, Pattern pattern, String form, String hint) {
    Sourced raw = values.get(field);
    if (raw == null) {
      return false;
    }
    if (pattern.matcher(raw.value()).matches()) {
      return true;
    }
    String message = raw.describe(field) + " is not valid: expected " + form;
    fail(field, message + IdentifierMistakes.diagnose(field, raw.value()), hint);
    return false;
  }

  private URI url(Field field, boolean httpsUnlessLoopback) {
    Sourced raw = values.get(field);
    if (raw == null) {
      return null;
    }
    return Urls.check(field, raw, httpsUnlessLoopback, warnings, problems);
  }

  /** The user pool's region: explicit (checked against the pool id) or derived. */
  private String region(String userPoolRegion, String identityRegion, URI apiUrl) {
    Sourced explicit = values.get(Field.REGION);
    if (explicit != null) {
      if (userPoolRegion != null && !userPoolRegion.equals(explicit.value())) {
        fail(
            Field.REGION,
            explicit.describe(Field.REGION)
                + " does not match the region in userPoolId \""
                + value(Field.USER_POOL_ID)
                + "\" ("
                + userPoolRegion
                + "): region is the user pool's region",
            "remove region (it defaults from userPoolId) or set it to " + userPoolRegion);
      }
      return explicit.value();
    }
    if (userPoolRegion != null) {
      origins.put(Field.REGION, Origin.defaulted("from userPoolId"));
      return userPoolRegion;
    }
    if (identityRegion != null) {
      origins.put(Field.REGION, Origin.defaulted("from identityPoolId"));
      return identityRegion;
    }
    Optional<String> hostRegion =
        Optional.ofNullable(apiUrl).flatMap(u -> IdentifierShapes.executeApiRegion(u.getHost()));
    hostRegion.ifPresent(r -> origins.put(Field.REGION, Origin.defaulted("from apiUrl")));
    return hostRegion.orElse(null);
  }

  /** The signing region: explicit (checked against an execute-api host) or derived. */
  private String apiRegion(URI apiUrl, String region) {
    Optional<String> hostRegion =
        Optional.ofNullable(apiUrl).flatMap(u -> IdentifierShapes.executeApiRegion(u.getHost()));
    Sourced explicit = values.get(Field.API_REGION);
    if (explicit != null) {
      if (hostRegion.isPresent() && !hostRegion.get().equals(explicit.value())) {
        fail(
            Field.API_REGION,
            explicit.describe(Field.API_REGION)
                + " does not match the API host "
                + apiUrl.getHost()
                + " ("
                + hostRegion.get()
                + "): API Gateway would reject every signature (\"Credential should be scoped to"
                + " a valid region\")",
            "remove apiRegion (it defaults from apiUrl) or set it to " + hostRegion.get());
      }
      return explicit.value();
    }
    if (hostRegion.isPresent()) {
      origins.put(Field.API_REGION, Origin.defaulted("from apiUrl"));
      return hostRegion.get();
    }
    if (region != null && apiUrl != null) {
      origins.put(Field.API_REGION, Origin.defaulted("from region"));
      return region;
    }
    return null;
  }

  /** Warns about what a usable configuration still lacks. */
  private void missing() {
    require(Field.USER_POOL_ID, "auth.login() needs it");
    require(Field.APP_CLIENT_ID, "auth.login() needs it");
    require(Field.IDENTITY_POOL_ID, "creds.get() needs it for temporary credentials");
    require(Field.API_URL, "api calls need it");
  }

  private void require(Field field, String why) {
    if (!values.containsKey(field)) {
      warnings.add(
          field.key()
              + " is not set: "
              + why
              + " (set it in cogsh.json"
              + field.variable().map(v -> " or " + v).orElse("")
              + ")");
    }
  }

  private void fail(Field field, String message, String hint) {
    problems.add(new ConfigException.Problem(field.key(), message, hint));
    values.remove(field);
  }

  private String value(Field field) {
    Sourced raw = values.get(field);
    return raw == null ? null : raw.value();
  }
}
