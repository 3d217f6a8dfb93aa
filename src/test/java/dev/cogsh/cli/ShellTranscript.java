package dev.cogsh.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code jshell example} block of a doc: a shell session as the docs show it. A first line
 * {@code $ scripts/cogsh} means the banner is part of it; each {@code cogsh> CODE} line is typed;
 * every other line is what the shell prints, where {@code …} stands for any run of characters
 * within a line. The prompts of a sign-in are answered as a person would: {@code Username [NAME]:}
 * with Enter, {@code Password: ****} with the sandbox demo user's password.
 *
 * @param doc the Markdown file's name
 * @param line the block's first line
 * @param banner whether the block starts with the banner
 * @param lines the block's lines after {@code $ scripts/cogsh}
 */
record ShellTranscript(String doc, int line, boolean banner, List<String> lines) {

  static final String PROMPT = "cogsh> ";
  private static final String START = "$ scripts/cogsh";

  ShellTranscript {
    lines = List.copyOf(lines);
  }

  /** Every {@code jshell example} block of one Markdown file, in order. */
  static List<ShellTranscript> read(Path markdown) {
    List<String> all;
    try {
      all = Files.readAllLines(markdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ShellTranscript> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).strip().equals("```jshell example")) {
        continue;
      }
      int start = i + 1;
      List<String> body = new ArrayList<>();
      for (i = start; i < all.size() && !all.get(i).strip().equals("```"); i++) {
        body.add(all.get(i));
      }
      boolean banner = !body.isEmpty() && body.get(0).strip().equals(START);
      List<String> lines = banner ? body.subList(1, body.size()) : body;
      if (lines.stream().noneMatch(l -> l.startsWith(PROMPT))) {
        throw new IllegalStateException(
            markdown + ":" + start + ": a jshell example needs at least one 'cogsh> ' line");
      }
      found.add(new ShellTranscript(markdown.getFileName().toString(), start, banner, lines));
    }
    return found;
  }

  /** What the shell should print, the banner included when the block shows it. */
  String expected() {
    return String.join("\n", lines) + "\n";
  }

  @Override
  public String toString() {
    return doc + ":" + line;
  }
}
