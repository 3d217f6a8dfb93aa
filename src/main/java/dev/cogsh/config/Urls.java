package dev.cogsh.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Checks of the API URL and the endpoint overrides: absolute, https (http on loopback only). */
final class Urls {

  private Urls() {}

  /**
   * Parses and checks a base URL, normalising a trailing slash away.
   *
   * @return the URL, or {@code null} after adding a problem
   */
  static URI check(
      Field field,
      Sourced raw,
      boolean httpsUnlessLoopback,
      List<String> warnings,
      List<ConfigException.Problem> problems) {
    String text = raw.value();
    String hint =
        "write the full invoke URL, e.g. https://ab12cd34ef.execute-api.us-east-1.amazonaws.com/prod"
            + " (API Gateway console → Stages → Invoke URL)";
    if (text.contains("{") || text.contains("%7B")) {
      problems.add(
          problem(
              field,
              raw.describe(field)
                  + " contains a path template: it should be the stage's base URL, without"
                  + " resource paths",
              hint));
      return null;
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      problems.add(problem(field, raw.describe(field) + " is not a URL: " + e.getReason(), hint));
      return null;
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      String guess =
          text.contains("://") || text.startsWith("/")
              ? ""
              : " (did you mean https://" + text + "?)";
      problems.add(
          problem(
              field,
              raw.describe(field)
                  + " must be an absolute URL with a scheme and a host, like https://HOST/STAGE"
                  + guess,
              hint));
      return null;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    boolean loopback = IdentifierShapes.loopback(uri.getHost());
    if (!scheme.equals("https") && !scheme.equals("http")) {
      problems.add(
          problem(field, raw.describe(field) + " must use https, not " + scheme + ":", hint));
      return null;
    }
    if (scheme.equals("http") && !loopback) {
      if (httpsUnlessLoopback) {
        problems.add(
            problem(
                field,
                raw.describe(field)
                    + " must use https: plain http is allowed only for loopback hosts"
                    + " (localhost, 127.0.0.1, ::1)",
                "use https://" + text.substring("http://".length())));
        return null;
      }
      warnings.add(
          raw.describe(field)
              + " uses plain http to a host that is not loopback: tokens travel unencrypted");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      problems.add(
          problem(
              field,
              raw.describe(field)
                  + " must not have a query or a fragment: it is the base that request paths are"
                  + " added to",
              "remove everything from '?' or '#' on; add query parameters per request"));
      return null;
    }
    if (uri.getRawUserInfo() != null) {
      problems.add(
          problem(
              field,
              field.key() + " (" + raw.origin().describe() + ") must not contain a user name",
              "remove the user@ part; cogsh signs requests instead"));
      return null;
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String trimmed = path.replaceAll("/+$", "");
    if (!trimmed.equals(path)) {
      warnings.add(
          raw.describe(field)
              + ": removed the trailing '/' (request paths start with '/', as in"
              + " api.get(\"/notes\"))");
    }
    URI normalised = URI.create(scheme + "://" + uri.getRawAuthority() + trimmed);
    // No "no stage" warning for an apiUrl without a path: an HTTP API's $default stage has none,
    // and a REST API without its stage is explained by the "Missing Authentication Token"
    // diagnosis.
    return normalised;
  }

  private static ConfigException.Problem problem(Field field, String message, String hint) {
    return new ConfigException.Problem(field.key(), message, hint);
  }
}
