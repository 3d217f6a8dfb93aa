package dev.cogsh.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates {@code apiAuth}, {@code apiKey} and {@code apiAuthHeader} with messages that name the
 * field, and builds {@link ApiAuthSettings} from them.
 */
final class ApiAuthFields {

  /** An HTTP header name (RFC 9110 token). */
  private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** Headers the token cannot go in: the signer's, the client's, the API key's. */
  private static final Set<String> RESERVED =
      Set.of(
          "host",
          "content-length",
          "content-type",
          "x-amz-date",
          "x-amz-security-token",
          "x-amz-content-sha256",
          "x-api-key",
          "connection",
          "expect",
          "upgrade");

  private ApiAuthFields() {}

  /** The settings ({@link ApiAuthSettings#DEFAULT} when no field is set); problems are added. */
  static ApiAuthSettings settings(
      Map<Field, Sourced> values, List<ConfigException.Problem> problems) {
    Sourced modeRaw = values.get(Field.API_AUTH);
    Sourced keyRaw = values.get(Field.API_KEY);
    Sourced headerRaw = values.get(Field.API_AUTH_HEADER);
    ApiAuth mode = ApiAuth.IAM;
    if (modeRaw != null) {
      mode = ApiAuth.parse(modeRaw.value()).orElse(null);
      if (mode == null) {
        problems.add(
            new ConfigException.Problem(
                Field.API_AUTH.key(),
                "apiAuth '" + modeRaw.value() + "' is not a mode cogsh knows",
                "use one of " + ApiAuth.keys() + " (iam signs with SigV4, the default)"));
        mode = ApiAuth.IAM;
      }
    }
    String key = keyRaw == null ? null : keyRaw.value();
    if (key != null && !key.matches("[\\x21-\\x7e]{1,256}")) {
      problems.add(
          new ConfigException.Problem(
              Field.API_KEY.key(),
              "apiKey has spaces or characters an HTTP header cannot carry",
              "copy the key's value again from API Gateway → API keys → Show"));
      key = null;
    }
    if (mode == ApiAuth.API_KEY && key == null && keyRaw == null) {
      problems.add(
          new ConfigException.Problem(
              Field.API_AUTH.key(),
              "apiAuth is apiKey but apiKey is not set",
              "set apiKey in cogsh.json or COGSH_API_KEY, or choose another apiAuth"));
    }
    String header = headerRaw == null ? null : headerRaw.value();
    if (header != null
        && (!HEADER.matcher(header).matches()
            || RESERVED.contains(header.toLowerCase(Locale.ROOT)))) {
      problems.add(
          new ConfigException.Problem(
              Field.API_AUTH_HEADER.key(),
              "apiAuthHeader '" + header + "' cannot carry the token",
              "use a header name such as Authorization (the default) or X-Id-Token"));
      header = null;
    }
    return new ApiAuthSettings(mode, key, header);
  }
}
