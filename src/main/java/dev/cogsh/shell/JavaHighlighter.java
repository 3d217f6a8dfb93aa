package dev.cogsh.shell;

import dev.cogsh.engine.JavaLexer;
import java.util.Set;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours what the user types: keywords, literals, comments, annotations, the session objects, and
 * a slash command's name. {@link #highlight(String)} is a pure function of the text.
 */
final class JavaHighlighter implements Highlighter {

  static final AttributedStyle KEYWORD = AttributedStyle.BOLD;
  static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();
  static final AttributedStyle ANNOTATION =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
  static final AttributedStyle SESSION_OBJECT =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE).bold();
  static final AttributedStyle COMMAND =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN).bold();

  private final Set<String> sessionObjects;

  /**
   * @param sessionObjects the names bound by {@code startup.jsh} ({@code auth}, {@code creds},
   *     {@code api})
   */
  JavaHighlighter(Set<String> sessionObjects) {
    this.sessionObjects = Set.copyOf(sessionObjects);
  }

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    return highlight(buffer);
  }

  /** The coloured {@code buffer}; its plain text is {@code buffer} itself. */
  AttributedString highlight(String buffer) {
    AttributedStringBuilder out = new AttributedStringBuilder(buffer.length());
    if (CommandTable.isCommand(buffer)) {
      int nameEnd = buffer.strip().isEmpty() ? 0 : buffer.indexOf('/') + 1;
      while (nameEnd < buffer.length() && !Character.isWhitespace(buffer.charAt(nameEnd))) {
        nameEnd++;
      }
      out.styled(COMMAND, buffer.substring(0, nameEnd));
      out.append(buffer.substring(nameEnd));
      return out.toAttributedString();
    }
    for (JavaLexer.Token token : JavaLexer.tokens(buffer)) {
      out.styled(style(token), token.text());
    }
    return out.toAttributedString();
  }

  private AttributedStyle style(JavaLexer.Token token) {
    return switch (token.kind()) {
      case KEYWORD -> KEYWORD;
      case STRING, CHAR -> STRING;
      case NUMBER -> NUMBER;
      case COMMENT -> COMMENT;
      case ANNOTATION -> ANNOTATION;
      case IDENTIFIER ->
          sessionObjects.contains(token.text()) ? SESSION_OBJECT : AttributedStyle.DEFAULT;
      default -> AttributedStyle.DEFAULT;
    };
  }
}
