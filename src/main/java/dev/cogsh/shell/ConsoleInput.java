package dev.cogsh.shell;

import dev.cogsh.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.terminal.Terminal;

/**
 * Input from the terminal through a JLine line reader: the prompt and its continuation, Tab
 * completion (a second Tab shows the documentation), highlighting, a history file that never stores
 * a secret, and {@code !} left to Java (no event expansion).
 */
final class ConsoleInput implements Input {

  static final String PROMPT = "cogsh> ";
  private static final String COMPLETE_OR_DOCUMENT = "cogsh-complete-or-document";

  private final Terminal terminal;
  private final LineReader reader;
  private final CompletionWidget completion;
  private final SecretFilteringHistory history;

  /**
   * Input through {@code editor}, built beforehand (it may have been built while JShell started).
   */
  ConsoleInput(LineEditor editor, Engine engine, CommandTable commands) {
    this.terminal = editor.terminal();
    // Outside the prompt Ctrl-C must never end cogsh (the terminal's default would): it stops
    // whatever snippet runs, if any. The line reader takes Ctrl-C over while it reads.
    terminal.handle(Terminal.Signal.INT, signal -> engine.stop());
    this.history = editor.history();
    this.reader = editor.reader();
    editor.completeWhen(source -> engine.split(source).isComplete());
    // Tab is ours: JLine's own completion would take a second Tab for a menu, not documentation.
    completion = new CompletionWidget(reader, new ShellCompleter(engine, commands), engine);
    reader.getWidgets().put(COMPLETE_OR_DOCUMENT, completion);
    KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
    main.bind(new Reference(COMPLETE_OR_DOCUMENT), "\t");
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
