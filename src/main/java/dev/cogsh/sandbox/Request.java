package dev.cogsh.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as the sandbox received it: the raw (still percent-encoded) path and query, the
 * headers with lower-case names in arrival order of their values, and the body bytes.
 *
 * @param method the request method
 * @param rawPath the path as sent on the request line
 * @param rawQuery the query as sent, or {@code ""}
 * @param headers lower-case name → values in the order they arrived
 * @param body the body, never {@code null}
 */
record Request(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  Request {
    rawQuery = rawQuery == null ? "" : rawQuery;
    TreeMap<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (name, values) ->
            lower
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new java.util.ArrayList<>())
                .addAll(values));
    lower.replaceAll((name, values) -> List.copyOf(values));
    headers = java.util.Collections.unmodifiableMap(lower);
  }

  /** The first value of a header, or {@code null}. */
  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
