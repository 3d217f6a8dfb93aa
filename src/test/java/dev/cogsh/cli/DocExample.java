package dev.cogsh.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code sh example} block of a doc: the command (without {@code scripts/cogsh}), the files
 * written before it, and the output shown after it.
 */
record DocExample(
    String doc, int line, String command, Map<String, String> files, String expected) {

  private static final String FENCE = "```";
  private static final Pattern STATUS = Pattern.compile("\\n\\$ echo \\$\\?\\n(\\d+)\\s*$");

  /** Every example of one Markdown file, in order; {@code file=NAME} blocks go to later ones. */
  static List<DocExample> read(Path markdown) {
    List<String> lines;
    try {
      lines = Files.readAllLines(markdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DocExample> found = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    String pending = null;
    int pendingLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String info = lines.get(i).strip();
      if (!info.startsWith(FENCE)) {
        if (pending != null && !info.isEmpty()) {
          throw new IllegalStateException(
              markdown + ":" + pendingLine + ": an sh example must be followed by an output block");
        }
        continue;
      }
      info = info.substring(FENCE.length()).strip();
      StringBuilder body = new StringBuilder();
      int start = i + 1;
      for (i = start; i < lines.size() && !lines.get(i).strip().equals(FENCE); i++) {
        body.append(lines.get(i)).append('\n');
      }
      if (pending != null) {
        if (!info.equals("output")) {
          throw new IllegalStateException(
              markdown + ":" + pendingLine + ": an sh example must be followed by an output block");
        }
        String name = markdown.getFileName().toString();
        found.add(new DocExample(name, pendingLine, pending, Map.copyOf(files), body.toString()));
        pending = null;
      } else if (info.equals("sh example")) {
        pending = body.toString();
        pendingLine = start;
      } else if (info.matches(".*\\bfile=\\S+.*")) {
        files.put(info.replaceAll(".*\\bfile=(\\S+).*", "$1"), body.toString());
      }
    }
    return found;
  }

  /** The command's arguments after {@code scripts/cogsh}, split as a POSIX shell splits words. */
  String[] arguments() {
    String text = command.replace("\\\n", " ").strip();
    text = text.replaceFirst("^(scripts/)?cogsh\\s+", "");
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        continue;
      }
      word = word == null ? new StringBuilder() : word;
      if (c == '\'') {
        int end = text.indexOf('\'', i + 1);
        word.append(text, i + 1, end);
        i = end;
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        word.append(text, i + 1, end);
        i = end;
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
      } else {
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words.toArray(String[]::new);
  }

  /**
   * The expected text as a pattern: {@code …} matches any run of characters within a line, and a
   * line that is {@code …} alone matches any number of lines (none included).
   */
  static Pattern pattern(String expected) {
    StringBuilder regex = new StringBuilder();
    boolean first = true;
    for (String line : expected.split("\n", -1)) {
      if (line.strip().equals("…")) {
        regex.append(first ? "(?:[^\\n]*\\n)*?" : "(?:\\n[^\\n]*)*?");
        continue;
      }
      if (!first) {
        regex.append("\\n");
      }
      first = false;
      String[] parts = line.split("…", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          regex.append("[^\\n]*");
        }
        regex.append(Pattern.quote(parts[i]));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /**
   * The exit status the output shows, when it ends with {@code $ echo $?} and a number; else null.
   */
  Integer status() {
    Matcher m = STATUS.matcher(expected);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The output to compare, without a closing {@code $ echo $?} and its number. */
  String output() {
    return STATUS.matcher(expected).replaceFirst("\n");
  }

  @Override
  public String toString() {
    return doc + ":" + line + " " + command.replace("\\\n", "").replaceAll("\\s+", " ").strip();
  }
}
