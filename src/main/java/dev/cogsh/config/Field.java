package dev.cogsh.config;

import dev.cogsh.human.Masks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The settings of {@code cogsh.json} (DESIGN §3.1): the JSON key, the environment variable that
 * overrides it and whether it is a secret.
 */
public enum Field {
  REGION("region", "COGSH_REGION", false),
  USER_POOL_ID("userPoolId", "COGSH_USER_POOL_ID", false),
  APP_CLIENT_ID("appClientId", "COGSH_APP_CLIENT_ID", false),
  APP_CLIENT_SECRET("appClientSecret", null, true),
  IDENTITY_POOL_ID("identityPoolId", "COGSH_IDENTITY_POOL_ID", false),
  API_URL("apiUrl", "COGSH_API_URL", false),
  API_REGION("apiRegion", "COGSH_API_REGION", false),
  API_SERVICE("apiService", null, false),
  USERNAME("username", "COGSH_USERNAME", false),
  PASSWORD("password", "COGSH_PASSWORD", true),
  COGNITO_IDP_ENDPOINT("endpoints.cognitoIdp", null, false),
  COGNITO_IDENTITY_ENDPOINT("endpoints.cognitoIdentity", null, false),
  DOMAIN("domain", null, false),
  REDIRECT_URI("redirectUri", null, false),
  LOGOUT_URI("logoutUri", null, false),
  SCOPES("scopes", null, false),
  IDENTITY_PROVIDERS("identityProviders", null, false),
  API_AUTH("apiAuth", "COGSH_API_AUTH", false),
  API_KEY("apiKey", "COGSH_API_KEY", true),
  API_AUTH_HEADER("apiAuthHeader", null, false),
  AUTH_FLOW("authFlow", null, false);

  /** The environment variable that selects a profile. */
  public static final String PROFILE_VARIABLE = "COGSH_PROFILE";

  private final String key;
  private final String variable;
  private final boolean secret;

  Field(String key, String variable, boolean secret) {
    this.key = key;
    this.variable = variable;
    this.secret = secret;
  }

  /** The key in {@code cogsh.json}; nested keys are dotted ({@code endpoints.cognitoIdp}). */
  public String key() {
    return key;
  }

  /** The environment variable for this field, when there is one. */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }

  /** Whether the value is a secret that prints as {@code ****}. */
  public boolean secret() {
    return secret;
  }

  /**
   * Whether the value is a list: a JSON array of strings in {@code cogsh.json} (a space-separated
   * string is accepted too), held here as space-separated text.
   */
  public boolean list() {
    return this == SCOPES || this == IDENTITY_PROVIDERS;
  }

  /** The field for a dotted key, exactly as written in {@code cogsh.json}. */
  public static Optional<Field> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /** Every key a configuration object may hold at the top level (besides {@code profiles}). */
  static List<String> topLevelKeys() {
    return Arrays.stream(values())
        .map(Field::key)
        .filter(k -> !k.startsWith("endpoints."))
        .collect(java.util.stream.Collectors.toList());
  }

  /** The keys allowed inside {@code endpoints}. */
  static List<String> endpointKeys() {
    return List.of("cognitoIdp", "cognitoIdentity");
  }

  /** The value as it may be shown: secrets masked. */
  public String display(String value) {
    if (value == null) {
      return "-";
    }
    return secret ? Masks.HIDDEN : value;
  }
}
