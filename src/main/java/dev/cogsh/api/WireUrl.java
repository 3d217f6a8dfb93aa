package dev.cogsh.api;

import dev.cogsh.sigv4.UriEncoding;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a user types into the URL that goes on the wire: a path joined to {@code apiUrl} with
 * one slash and the stage kept, or an absolute URL; every character of a path segment, query name
 * or query value outside {@code A-Z a-z 0-9 - _ . ~} percent-encoded once (UTF-8, upper-case hex).
 * A {@code %XX} the user wrote is taken as already encoded: it is sent as is, with a warning, never
 * encoded again.
 */
final class WireUrl {

  private static final String HEX = "0123456789ABCDEF";

  /**
   * The URL to send, and what the user should know about it.
   *
   * @param absolute the user gave a full URL (not a path under apiUrl)
   */
  record Resolved(URI uri, boolean absolute, List<String> warnings) {}

  /** A query parameter as given: raw text, encoded here. */
  record Param(String name, String value) {}

  private WireUrl() {}

  /**
   * @param base the configured {@code apiUrl}; may be null when {@code pathOrUrl} is absolute
   * @param pathOrUrl {@code /notes/1?x=y}, {@code notes}, or {@code https://host/stage/path}
   * @param params more query parameters (raw text), appended after those of {@code pathOrUrl}
   */
  static Resolved resolve(URI base, String pathOrUrl, List<Param> params) {
    List<String> warnings = new ArrayList<>();
    String text = pathOrUrl == null ? "" : pathOrUrl.strip();
    int hash = text.indexOf('#');
    if (hash >= 0) {
      warnings.add(
          "the fragment '" + text.substring(hash) + "' is not sent (browsers keep it too)");
      text = text.substring(0, hash);
    }
    boolean absolute = text.matches("(?i)[a-z][a-z0-9+.-]*://.*");
    String origin;
    String basePath;
    String rest;
    if (absolute) {
      int schemeEnd = text.indexOf("://") + 3;
      int pathStart = firstOf(text, schemeEnd, "/?");
      origin =
          text.substring(0, schemeEnd).toLowerCase(Locale.ROOT)
              + text.substring(schemeEnd, pathStart);
      basePath = "";
      rest = text.substring(pathStart);
    } else {
      if (base == null) {
        throw new ApiException(
            "no API URL configured to resolve '" + text + "' against",
            "set apiUrl in cogsh.json (or COGSH_API_URL), or pass an absolute URL");
      }
      origin = base.getScheme() + "://" + base.getRawAuthority();
      basePath = stripTrailingSlashes(base.getRawPath() == null ? "" : base.getRawPath());
      rest = text;
    }
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    String query = q < 0 ? null : rest.substring(q + 1);
    if (!absolute) {
      warnStage(basePath, path, warnings);
    }
    String wirePath = joinPath(basePath, path, absolute, warnings);
    String wireQuery = joinQuery(query, params, absolute, warnings);
    String uri = origin + wirePath + (wireQuery.isEmpty() ? "" : "?" + wireQuery);
    try {
      return new Resolved(new URI(uri), absolute, List.copyOf(warnings));
    } catch (URISyntaxException e) {
      throw new ApiException(
          "not a valid URL: " + uri + " (" + e.getReason() + ")",
          "a full URL looks like https://abc123.execute-api.us-east-1.amazonaws.com/prod/notes",
          e);
    }
  }

  private static void warnStage(String basePath, String path, List<String> warnings) {
    String p = "/" + stripLeadingSlashes(path);
    if (!basePath.isEmpty() && (p.equals(basePath) || p.startsWith(basePath + "/"))) {
      warnings.add(
          "the path starts with "
              + basePath
              + ", which apiUrl already ends with: sending "
              + basePath
              + p
              + " (leave the stage out of the path)");
    }
  }

  /** The base path, one slash, the user's segments encoded; a trailing slash kept. */
  private static String joinPath(
      String basePath, String path, boolean absolute, List<String> warnings) {
    StringBuilder out = new StringBuilder(basePath);
    String trimmed = stripLeadingSlashes(path);
    boolean trailing = path.endsWith("/") && !trimmed.isEmpty();
    for (String segment : trimmed.split("/")) {
      if (!segment.isEmpty()) {
        out.append('/').append(encode(segment, "path segment", !absolute, warnings));
      }
    }
    if (trailing
        || out.length() == 0
        || (trimmed.isEmpty() && path.endsWith("/") && !basePath.isEmpty())) {
      out.append('/');
    }
    return out.toString();
  }

  private static String joinQuery(
      String query, List<Param> params, boolean absolute, List<String> warnings) {
    StringBuilder out = new StringBuilder();
    if (query != null && !query.isEmpty()) {
      if (query.contains("+")) {
        warnings.add(
            "'+' in the query is sent as a plus sign (%2B), as SigV4 reads it; write a space (or"
                + " %20) where you mean one");
      }
      for (String parameter : query.split("&")) {
        if (parameter.isEmpty()) {
          continue;
        }
        int eq = parameter.indexOf('=');
        String name = eq < 0 ? parameter : parameter.substring(0, eq);
        out.append(out.length() == 0 ? "" : "&").append(encode(name, "query name", true, warnings));
        if (eq >= 0) {
          out.append('=')
              .append(encode(parameter.substring(eq + 1), "query value", true, warnings));
        }
      }
    }
    for (Param p : params) {
      out.append(out.length() == 0 ? "" : "&")
          .append(encode(p.name(), "query name", true, warnings))
          .append('=')
          .append(encode(p.value(), "query value", true, warnings));
    }
    return out.toString();
  }

  /**
   * Percent-encodes everything but the unreserved characters; an existing {@code %XX} is kept (and
   * reported when {@code warn}).
   */
  static String encode(String text, String what, boolean warn, List<String> warnings) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean preEncoded = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
        out.append(text, i, i + 3);
        preEncoded = true;
        i += 3;
        continue;
      }
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (isUnreserved(cp)) {
        out.append(c);
      } else {
        for (byte b : text.substring(i, i + width).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
        }
      }
      i += width;
    }
    if (preEncoded && warn) {
      warnings.add(
          what
              + " '"
              + text
              + "' looks percent-encoded already: sent as is (it stands for '"
              + new String(UriEncoding.decode(text), StandardCharsets.UTF_8)
              + "'), not encoded again; write %25 for a literal %");
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }

  private static boolean isHex(String text, int at) {
    return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
  }

  private static int firstOf(String text, int from, String chars) {
    for (int i = from; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  private static String stripTrailingSlashes(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '/') {
      end--;
    }
    return s.substring(0, end);
  }

  private static String stripLeadingSlashes(String s) {
    int start = 0;
    while (start < s.length() && s.charAt(start) == '/') {
      start++;
    }
    return s.substring(start);
  }
}
