package dev.cogsh.sigv4;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Task 1, step 3: the canonical query string.
 *
 * <ol>
 *   <li>Split the raw query at {@code &}; split each parameter at its first {@code =} (no {@code =}
 *       means an empty value).
 *   <li>Decode each name and value ({@code %XX} only; {@code +} is a plus sign), then encode it
 *       with {@link UriEncoding} (unreserved characters only, upper-case hex, space {@code %20}).
 *   <li>Sort by encoded name, then by encoded value (byte order).
 *   <li>Join as {@code name=value} with {@code &}, always with the {@code =}.
 * </ol>
 *
 * <p>A parameter with an empty name is not signed, as in the AWS SDK for Java's signer.
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-canonical-request
 */
final class CanonicalQuery {

  private CanonicalQuery() {}

  static String of(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> parameters = new ArrayList<>();
    int start = 0;
    while (start <= rawQuery.length()) {
      int amp = rawQuery.indexOf('&', start);
      int end = amp < 0 ? rawQuery.length() : amp;
      if (end > start) {
        int eq = rawQuery.indexOf('=', start);
        boolean hasValue = eq >= 0 && eq < end;
        String name = UriEncoding.recode(rawQuery.substring(start, hasValue ? eq : end));
        String value = hasValue ? UriEncoding.recode(rawQuery.substring(eq + 1, end)) : "";
        if (!name.isEmpty()) {
          parameters.add(new String[] {name, value});
        }
      }
      if (amp < 0) {
        break;
      }
      start = amp + 1;
    }
    parameters.sort(
        (a, b) -> {
          int byName = a[0].compareTo(b[0]);
          return byName != 0 ? byName : a[1].compareTo(b[1]);
        });
    StringBuilder out = new StringBuilder(rawQuery.length() + 16);
    for (String[] p : parameters) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(p[0]).append('=').append(p[1]);
    }
    return out.toString();
  }

  /** The raw query without the parameters of these (wire-form) names; null stays null. */
  static String without(String rawQuery, String... names) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return rawQuery;
    }
    Set<String> dropped = Set.of(names);
    StringBuilder kept = new StringBuilder(rawQuery.length());
    for (String parameter : rawQuery.split("&", -1)) {
      int eq = parameter.indexOf('=');
      if (!dropped.contains(eq < 0 ? parameter : parameter.substring(0, eq))) {
        kept.append(kept.length() == 0 ? "" : "&").append(parameter);
      }
    }
    return kept.toString();
  }
}
