package dev.cogsh.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Formats the effective values as the aligned, masked table {@code /config} shows. */
final class ConfigTable {

  private ConfigTable() {}

  /**
   * Appends one row per field: key, value (secrets masked) and source. With {@code overlayOnly}
   * (sandbox mode) only the values the user configured are shown.
   */
  static void rows(
      Config config, Map<String, Origin> origins, boolean overlayOnly, StringBuilder out) {
    List<String[]> rows = new ArrayList<>();
    for (Field field : Field.values()) {
      Origin origin = origins.get(field.key());
      if (overlayOnly && (origin == null || origin.kind() == Origin.Kind.DEFAULT)) {
        continue;
      }
      rows.add(
          new String[] {
            field.key(),
            field.display(value(config, field)),
            origin == null ? "" : origin.describe()
          });
    }
    int keyWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    int valueWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
    for (String[] row : rows) {
      String line = "  " + pad(row[0], keyWidth) + "  " + pad(row[1], valueWidth) + "  " + row[2];
      out.append(line.stripTrailing()).append('\n');
    }
  }

  /** The value of one field in a {@link Config}, as text. */
  static String value(Config config, Field field) {
    Object value =
        switch (field) {
          case REGION -> config.region();
          case USER_POOL_ID -> config.userPoolId();
          case APP_CLIENT_ID -> config.appClientId();
          case APP_CLIENT_SECRET -> config.appClientSecret();
          case IDENTITY_POOL_ID -> config.identityPoolId();
          case API_URL -> config.apiUrl();
          case API_REGION -> config.apiRegion();
          case API_SERVICE -> config.apiService();
          case USERNAME -> config.username();
          case PASSWORD -> config.password();
          case COGNITO_IDP_ENDPOINT -> config.endpoints().cognitoIdp();
          case COGNITO_IDENTITY_ENDPOINT -> config.endpoints().cognitoIdentity();
          case DOMAIN -> config.oauth() == null ? null : config.oauth().domain();
          case REDIRECT_URI -> config.oauth() == null ? null : config.oauth().redirectUri();
          case LOGOUT_URI -> config.oauth() == null ? null : config.oauth().logoutUri();
          case SCOPES -> config.oauth() == null ? null : String.join(" ", config.oauth().scopes());
          case IDENTITY_PROVIDERS ->
              config.oauth() == null || config.oauth().identityProviders().isEmpty()
                  ? null
                  : String.join(" ", config.oauth().identityProviders());
          case API_AUTH -> config.apiAuth().mode().key();
          case API_KEY -> config.apiAuth().apiKey();
          case API_AUTH_HEADER -> config.apiAuth().header();
          case AUTH_FLOW -> config.authFlow();
        };
    return value == null ? null : value.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
