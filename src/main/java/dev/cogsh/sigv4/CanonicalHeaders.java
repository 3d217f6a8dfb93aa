package dev.cogsh.sigv4;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    List<Header> lowered = new ArrayList<>(headers.size());
    for (Header h : headers) {
      lowered.add(new Header(h.name().toLowerCase(Locale.ROOT), value(h.value())));
    }
    // A stable sort keeps the values of a repeated name in the order given.
    lowered.sort((a, b) -> a.name().compareTo(b.name()));
    List<Header> merged = new ArrayList<>(lowered.size());
    for (int i = 0; i < lowered.size(); i++) {
      Header h = lowered.get(i);
      if (i + 1 < lowered.size() && lowered.get(i + 1).name().equals(h.name())) {
        StringBuilder joined = new StringBuilder(h.value());
        while (i + 1 < lowered.size() && lowered.get(i + 1).name().equals(h.name())) {
          joined.append(',').append(lowered.get(++i).value());
        }
        h = new Header(h.name(), joined.toString());
      }
      merged.add(h);
    }
    return merged;
  }

  /** The canonical form of one value: trimmed, whitespace runs collapsed to one space. */
  static String value(String raw) {
    return isCanonical(raw) ? raw : appendTrimmed(new StringBuilder(raw.length()), raw).toString();
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

  /** No leading or trailing whitespace, and no whitespace but single spaces inside. */
  private static boolean isCanonical(String value) {
    int last = value.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = value.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == last || value.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
  }
}
