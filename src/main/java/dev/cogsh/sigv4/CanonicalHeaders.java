package dev.cogsh.sigv4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Task 1, steps 4 and 5: canonical headers and signed headers.
 *
 * <ul>
 *   <li>Names in lower case; headers sorted by name.
 *   <li>Values trimmed, and every run of whitespace inside (folded lines included) collapsed to one
 *       space, even between double quotes.
 *   <li>A name given more than once: one line, the values joined with {@code ,} in the order given.
 * </ul>
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-canonical-request
 */
final class CanonicalHeaders {

  private CanonicalHeaders() {}

  /** Lower-cased, merged, trimmed and sorted. */
  static List<Header> of(List<Header> headers) {
    Map<String, StringBuilder> merged = new LinkedHashMap<>();
    for (Header h : headers) {
      String name = h.name().toLowerCase(Locale.ROOT);
      StringBuilder value = merged.get(name);
      if (value == null) {
        merged.put(name, appendTrimmed(new StringBuilder(h.value().length()), h.value()));
      } else {
        appendTrimmed(value.append(','), h.value());
      }
    }
    List<Header> out = new ArrayList<>(merged.size());
    merged.forEach((name, value) -> out.add(new Header(name, value.toString())));
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  /** The canonical form of one value: trimmed, whitespace runs collapsed to one space. */
  static String value(String raw) {
    return appendTrimmed(new StringBuilder(raw.length()), raw).toString();
  }

  private static StringBuilder appendTrimmed(StringBuilder out, String value) {
    boolean pendingSpace = false;
    boolean started = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isWhitespace(c)) {
        pendingSpace = started;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
        started = true;
      }
    }
    return out;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
  }
}
