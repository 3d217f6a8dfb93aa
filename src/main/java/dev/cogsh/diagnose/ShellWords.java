package dev.cogsh.diagnose;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a bash command line into words as bash would for a simple command: {@code '…'}, {@code
 * "…"} (with {@code \" \\ \$ \`} escapes), {@code $'…'} (ANSI-C escapes: {@code \n \t \xHH}, {@code
 * \\u} + 4 hex digits, octal {@code \NNN} …), backslash escapes, line continuations ({@code \} +
 * newline) and {@code #} comments. No expansion of variables or globs: "Copy as cURL" output needs
 * none. Comment lines are kept apart (cogsh writes its canonical-request fingerprint in one).
 */
final class ShellWords {

  /** The words of the first command, and the comments seen. */
  record Split(List<String> words, List<String> comments) {}

  private final String s;
  private int i;

  private ShellWords(String text) {
    this.s = text;
  }

  static Split split(String text) throws CaptureException {
    return new ShellWords(text).run();
  }

  private Split run() throws CaptureException {
    List<String> words = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    StringBuilder word = null;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
        i += s.charAt(i + 1) == '\r' && i + 2 < s.length() && s.charAt(i + 2) == '\n' ? 3 : 2;
        continue; // line continuation
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        i++;
        continue;
      }
      if (word == null && c == '#') {
        int end = s.indexOf('\n', i);
        comments.add(s.substring(i, end < 0 ? s.length() : end).strip());
        i = end < 0 ? s.length() : end;
        continue;
      }
      if (word == null && (c == ';' || c == '|' || c == '&') && !words.isEmpty()) {
        break; // the end of the first command: nothing after it is part of the request
      }
      if (word == null) {
        word = new StringBuilder();
      }
      if (c == '\'') {
        int end = s.indexOf('\'', i + 1);
        if (end < 0) {
          throw unterminated("'");
        }
        word.append(s, i + 1, end);
        i = end + 1;
      } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
        i += 2;
        ansiC(word);
      } else if (c == '"') {
        i++;
        doubleQuoted(word);
      } else if (c == '\\' && i + 1 < s.length()) {
        word.append(s.charAt(i + 1));
        i += 2;
      } else {
        word.append(c);
        i++;
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return new Split(words, comments);
  }

  private void doubleQuoted(StringBuilder word) throws CaptureException {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        i++;
        return;
      }
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == '\n') {
          i += 2;
          continue;
        }
        if (n == '"' || n == '\\' || n == '$' || n == '`') {
          word.append(n);
          i += 2;
          continue;
        }
      }
      word.append(c);
      i++;
    }
    throw unterminated("\"");
  }

  /** {@code $'…'}: bytes are collected so that {@code \xHH} escapes form UTF-8 characters. */
  private void ansiC(StringBuilder word) throws CaptureException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'') {
        i++;
        word.append(bytes.toString(StandardCharsets.UTF_8));
        return;
      }
      if (c != '\\' || i + 1 >= s.length()) {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(b);
        i++;
        continue;
      }
      char e = s.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'n' -> bytes.write('\n');
        case 't' -> bytes.write('\t');
        case 'r' -> bytes.write('\r');
        case 'a' -> bytes.write(7);
        case 'b' -> bytes.write('\b');
        case 'e', 'E' -> bytes.write(27);
        case 'f' -> bytes.write('\f');
        case 'v' -> bytes.write(11);
        case 'x' -> bytes.write(hex(2));
        case 'u' -> bytes.writeBytes(Character.toString(hex(4)).getBytes(StandardCharsets.UTF_8));
        case 'U' -> bytes.writeBytes(Character.toString(hex(8)).getBytes(StandardCharsets.UTF_8));
        default -> {
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int k = 0;
                k < 2 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7';
                k++) {
              v = v * 8 + (s.charAt(i++) - '0');
            }
            bytes.write(v & 0xff);
          } else {
            bytes.writeBytes(String.valueOf(e).getBytes(StandardCharsets.UTF_8)); // \' \" \\ \?
          }
        }
      }
    }
    throw unterminated("$'");
  }

  /** Up to {@code max} hex digits at {@code i}. */
  private int hex(int max) {
    int v = 0;
    int n = 0;
    while (n < max && i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
      v = v * 16 + Character.digit(s.charAt(i++), 16);
      n++;
    }
    return v;
  }

  private static CaptureException unterminated(String quote) {
    return new CaptureException(
        "the command has an unterminated " + quote + " quote",
        "copy the whole command (\"Copy as cURL (bash)\"), including its last line");
  }
}
