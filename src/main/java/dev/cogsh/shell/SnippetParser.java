package dev.cogsh.shell;

import java.util.List;
import java.util.function.Predicate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when the input is finished: a slash command at the end of its line, Java when the
 * compiler says the snippets are complete (until then Enter starts a continuation line). For
 * completion it names the word under the cursor: a Java identifier, or a command's argument.
 */
final class SnippetParser implements Parser {

  private final Predicate<String> complete;

  /**
   * @param complete whether Java source ends where a snippet ends (the engine's {@code split})
   */
  SnippetParser(Predicate<String> complete) {
    this.complete = complete;
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE
        && !line.isBlank()
        && !CommandTable.isCommand(line)
        && !complete.test(line)) {
      throw new EOFError(-1, -1, "the snippet goes on", "snippet");
    }
    return Line.of(line, cursor);
  }

  /** A line and the word before the cursor; candidates are inserted as they are, unescaped. */
  record Line(String line, int cursor, String word) implements CompletingParsedLine {

    static Line of(String line, int cursor) {
      int start = cursor;
      if (CommandTable.isCommand(line)) {
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
          start--;
        }
      } else {
        while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
          start--;
        }
      }
      return new Line(line, cursor, line.substring(start, cursor));
    }

    @Override
    public int wordCursor() {
      return word.length();
    }

    @Override
    public int wordIndex() {
      return 0;
    }

    @Override
    public List<String> words() {
      return List.of(word);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return word.length();
    }

    @Override
    public int rawWordLength() {
      return word.length();
    }
  }
}
