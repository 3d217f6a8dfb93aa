package dev.cogsh.shell;

import dev.cogsh.engine.Documentation;
import dev.cogsh.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Buffer;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;

/**
 * What Tab does, as in jshell: complete the word when there is one way to, else extend it to what
 * the candidates share, else list them; a second Tab with nothing changed shows the signatures and
 * Javadoc of what is at the cursor.
 */
final class CompletionWidget implements Widget {

  private final LineReader reader;
  private final ShellCompleter completer;
  private final Engine engine;
  private String afterLastTab;

  CompletionWidget(LineReader reader, ShellCompleter completer, Engine engine) {
    this.reader = reader;
    this.completer = completer;
    this.engine = engine;
  }

  /** Forgets the last Tab (a new line starts). */
  void reset() {
    afterLastTab = null;
  }

  @Override
  public boolean apply() {
    Buffer buffer = reader.getBuffer();
    String text = buffer.toString();
    int cursor = buffer.cursor();
    String state = text + '\0' + cursor;
    boolean again = state.equals(afterLastTab);
    afterLastTab = null;
    if (again && !CommandTable.isCommand(text)) {
      List<Documentation> documentation = engine.documentation(text, cursor, true);
      if (!documentation.isEmpty()) {
        reader.printAbove(format(documentation));
        return true;
      }
    }
    String word = SnippetParser.Line.of(text, cursor).word();
    List<Candidate> candidates = completer.candidates(text, cursor, word);
    boolean done = true;
    if (candidates.size() == 1) {
      Candidate only = candidates.get(0);
      replace(buffer, word, only.value() + (only.complete() ? " " : ""));
    } else if (candidates.isEmpty()) {
      done = false;
    } else {
      List<String> values = candidates.stream().map(Candidate::value).toList();
      String shared = sharedPrefix(values);
      if (shared.length() > word.length()) {
        replace(buffer, word, shared);
      } else {
        reader.printAbove(columns(values, reader.getTerminal().getWidth()));
      }
    }
    afterLastTab = buffer.toString() + '\0' + buffer.cursor();
    return done;
  }

  private static void replace(Buffer buffer, String word, String value) {
    buffer.backspace(word.length());
    buffer.write(value);
  }

  /** The longest prefix all {@code values} share. */
  static String sharedPrefix(List<String> values) {
    String shared = values.get(0);
    for (String value : values) {
      int i = 0;
      while (i < shared.length() && i < value.length() && shared.charAt(i) == value.charAt(i)) {
        i++;
      }
      shared = shared.substring(0, i);
    }
    return shared;
  }

  /** {@code values} in columns down then across, fitting {@code width} (80 when unknown). */
  static String columns(List<String> values, int width) {
    int columnWidth = values.stream().mapToInt(String::length).max().orElse(0) + 2;
    int usable = width > 0 ? width : 80;
    int count = Math.max(1, Math.min(values.size(), usable / columnWidth));
    int rows = (values.size() + count - 1) / count;
    List<String> lines = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < count; column++) {
        int index = column * rows + row;
        if (index < values.size()) {
          String value = values.get(index);
          line.append(value).append(" ".repeat(columnWidth - value.length()));
        }
      }
      lines.add(line.toString().stripTrailing());
    }
    return String.join("\n", lines);
  }

  /** Each signature, then the first lines of its Javadoc. */
  static String format(List<Documentation> documentation) {
    List<String> lines = new ArrayList<>();
    for (Documentation doc : documentation) {
      lines.add(doc.signature());
      if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
        doc.javadoc().strip().lines().limit(8).forEach(line -> lines.add("    " + line));
      }
    }
    return String.join("\n", lines);
  }
}
