package dev.cogsh.sandbox;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} in both directions: queries and posted forms. */
final class FormData {
  private FormData() {}

  /** The fields of a query or form body; the first of repeated names wins. */
  static Map<String, String> parse(String encoded) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      fields.putIfAbsent(name, value);
    }
    return fields;
  }

  /** The fields of a posted form. */
  static Map<String, String> body(Request request) {
    return parse(new String(request.body(), StandardCharsets.UTF_8));
  }

  /** {@code name=value&…}, each part encoded. */
  static String encode(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          if (value == null) {
            return;
          }
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return out.toString();
  }

  private static String decode(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new OauthError(400, "invalid_request", "malformed form encoding");
    }
  }
}
