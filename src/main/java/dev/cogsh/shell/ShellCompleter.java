package dev.cogsh.shell;

import dev.cogsh.engine.Completions;
import dev.cogsh.engine.Engine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;

/**
 * Tab completion: slash commands and their arguments from the {@link CommandTable}, Java (the
 * session objects' methods included) from JShell's own completion.
 */
final class ShellCompleter {

  private final Engine engine;
  private final CommandTable commands;

  ShellCompleter(Engine engine, CommandTable commands) {
    this.engine = engine;
    this.commands = commands;
  }

  /**
   * The candidates for {@code text} with the cursor at {@code cursor}; {@code word} is what they
   * replace.
   */
  List<Candidate> candidates(String text, int cursor, String word) {
    if (CommandTable.isCommand(text)) {
      return commands.complete(text, cursor);
    }
    Completions completions = engine.completions(text, cursor);
    int wordStart = cursor - word.length();
    // JShell replaces from its anchor; JLine replaces the word: keep what lies between the two.
    String kept =
        completions.anchor() > wordStart && completions.anchor() <= cursor
            ? text.substring(wordStart, completions.anchor())
            : "";
    // Where a value goes (an argument, a right-hand side), offer what fits first, as jshell does.
    boolean fitting =
        word.isEmpty() && completions.suggestions().stream().anyMatch(s -> s.matchesType());
    Set<String> seen = new LinkedHashSet<>();
    return completions.suggestions().stream()
        .filter(s -> !fitting || s.matchesType())
        .map(s -> kept + s.continuation())
        .filter(seen::add)
        .map(value -> new Candidate(value, value, null, null, null, null, false))
        .toList();
  }
}
