package dev.cogsh.shell;

import dev.cogsh.session.OpenSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;

/**
 * The shell's line editor on a terminal: JLine's line reader with its parser, highlighting and a
 * history file that never stores a secret. It needs neither the session nor JShell, so it can be
 * built while those start (building it is a good part of the way to the first prompt); the shell's
 * {@link ConsoleInput} then gives it the engine that says where a snippet ends.
 */
public final class LineEditor {

  static final String CONTINUATION = "  ...> ";

  private final Terminal terminal;
  private final LineReader reader;
  private final SecretFilteringHistory history;
  // until the engine is given, every line is complete: nothing is read before that
  private final AtomicReference<Predicate<String>> complete = new AtomicReference<>(line -> true);

  private LineEditor(Terminal terminal, Path historyFile, Set<String> sessionObjects) {
    this.terminal = terminal;
    prepare(historyFile);
    this.history = new SecretFilteringHistory(historyFile);
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("cogsh")
            .parser(new SnippetParser(source -> complete.get().test(source)))
            .highlighter(new JavaHighlighter(sessionObjects))
            .history(history)
            .variable(LineReader.HISTORY_FILE, historyFile)
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
            .variable(LineReader.BLINK_MATCHING_PAREN, 0)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.INSERT_TAB, false)
            .build();
  }

  /**
   * Builds the line editor on {@code terminal}, the history kept in {@code historyFile} (created
   * owner-only), the session objects' names highlighted.
   */
  public static LineEditor on(Terminal terminal, Path historyFile) {
    return new LineEditor(terminal, historyFile, Set.copyOf(OpenSession.NAMES));
  }

  /** The history file is private: create it readable by its owner only. */
  private static void prepare(Path historyFile) {
    try {
      Files.createDirectories(historyFile.toAbsolutePath().getParent());
      if (Files.notExists(historyFile)) {
        Files.createFile(historyFile);
        Files.setPosixFilePermissions(historyFile, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // No history file, or not POSIX: JLine keeps the history in memory or writes it as it can.
    }
  }

  /** The terminal it edits on. */
  public Terminal terminal() {
    return terminal;
  }

  LineReader reader() {
    return reader;
  }

  SecretFilteringHistory history() {
    return history;
  }

  /** From now on Enter ends the input only where {@code complete} says a snippet ends. */
  void completeWhen(Predicate<String> complete) {
    this.complete.set(complete);
  }
}
