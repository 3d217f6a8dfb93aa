package dev.cogsh.shell;

import dev.cogsh.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.terminal.Terminal;

/**
 * Input from the terminal through a JLine line reader: the prompt and its continuation, Tab
 * completion (a second Tab shows the documentation), highlighting, a history file that never stores
 * a secret, and {@code !} left to Java (no event expansion).
 */
final class ConsoleInput implements Input {

  static final String PROMPT = "cogsh> ";
  static final String CONTINUATION = "  ...> ";
  private static final String COMPLETE_OR_DOCUMENT = "cogsh-complete-or-document";

  private final Terminal terminal;
  private final LineReader reader;
  private final CompletionWidget completion;
  private final SecretFilteringHistory history;

  ConsoleInput(
      Terminal terminal,
      Engine engine,
      CommandTable commands,
      Path historyFile,
      Set<String> sessionObjects) {
    this.terminal = terminal;
    // Outside the prompt Ctrl-C must never end cogsh (the terminal's default would): it stops
    // whatever snippet runs, if any. The line reader takes Ctrl-C over while it reads.
    terminal.handle(Terminal.Signal.INT, signal -> engine.stop());
    prepare(historyFile);
    this.history = new SecretFilteringHistory(historyFile);
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("cogsh")
            .parser(new SnippetParser(source -> engine.split(source).isComplete()))
            .highlighter(new JavaHighlighter(sessionObjects))
            .history(history)
            .variable(LineReader.HISTORY_FILE, historyFile)
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
            .variable(LineReader.BLINK_MATCHING_PAREN, 0)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.INSERT_TAB, false)
            .build();
    // Tab is ours: JLine's own completion would take a second Tab for a menu, not documentation.
    completion = new CompletionWidget(reader, new ShellCompleter(engine, commands), engine);
    reader.getWidgets().put(COMPLETE_OR_DOCUMENT, completion);
    KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
    main.bind(new Reference(COMPLETE_OR_DOCUMENT), "\t");
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

  @Override
  public String read() {
    completion.reset();
    return reader.readLine(PROMPT);
  }

  @Override
  public Handle onInterrupt(Runnable action) {
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> action.run());
    return () -> terminal.handle(Terminal.Signal.INT, previous);
  }

  @Override
  public List<String> history() {
    List<String> lines = new ArrayList<>();
    for (History.Entry entry : reader.getHistory()) {
      lines.add(entry.line());
    }
    return lines;
  }

  @Override
  public void printAbove(String text) {
    if (reader.isReading()) {
      reader.printAbove(text);
    } else {
      terminal.writer().println(text);
      terminal.writer().flush();
    }
  }

  @Override
  public void close() {
    history.save();
    // The history is a convenience: a file that cannot be written is said once, in one line.
    history
        .problem()
        .ifPresent(
            problem -> {
              terminal.writer().println(problem);
              terminal.writer().flush();
            });
  }
}
