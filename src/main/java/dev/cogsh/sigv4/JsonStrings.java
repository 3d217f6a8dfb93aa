package dev.cogsh.sigv4;

import java.util.ArrayList;
import java.util.List;

/**
 * Every string literal of a JSON text, unescaped, in order (keys and values alike). Enough to find
 * API Gateway's message in any field of an error body without a JSON library; not a validator.
 */
final class JsonStrings {

  private JsonStrings() {}

  /**
   * The string literals of {@code json}; a literal cut off at the end is kept as far as it goes.
   */
  static List<String> of(String json) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < json.length()) {
      if (json.charAt(i) != '"') {
        i++;
        continue;
      }
      StringBuilder s = new StringBuilder();
      i = readString(json, i + 1, s);
      out.add(s.toString());
    }
    return out;
  }

  /** Unescapes JSON-style escapes ({@code \n}, {@code \"}, {@code \\u0041} …) in plain text. */
  static String unescape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        i = escape(text, i + 1, s);
      } else {
        s.append(c);
        i++;
      }
    }
    return s.toString();
  }

  /** Reads a string body from {@code i} (after the opening quote); returns the index after it. */
  private static int readString(String json, int i, StringBuilder s) {
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < json.length()) {
        i = escape(json, i + 1, s);
      } else {
        s.append(c);
        i++;
      }
    }
    return i;
  }

  /** Appends the escape whose letter is at {@code i}; returns the index after it. */
  private static int escape(String text, int i, StringBuilder s) {
    char e = text.charAt(i);
    switch (e) {
      case 'n' -> s.append('\n');
      case 'r' -> s.append('\r');
      case 't' -> s.append('\t');
      case 'b' -> s.append('\b');
      case 'f' -> s.append('\f');
      case 'u' -> {
        if (i + 4 < text.length() && isHex(text, i + 1, 4)) {
          s.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          return i + 5;
        }
        s.append("\\u");
      }
      default -> s.append(e); // \" \\ \/ and anything else: the character itself
    }
    return i + 1;
  }

  private static boolean isHex(String text, int from, int count) {
    for (int k = from; k < from + count; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
