package dev.cogsh.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jline.reader.Candidate;

/**
 * The slash commands: one table of {@link Command} entries, looked up by name or by any prefix that
 * names one command. {@code /help} and completion are generated from it; other rooms add their
 * commands with {@link #register}.
 */
public final class CommandTable {

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final List<Consumer<CommandContext>> startListeners = new CopyOnWriteArrayList<>();

  /** Adds a command; its name must be new. Returns this table. */
  public CommandTable register(Command command) {
    if (commands.putIfAbsent(command.name(), command) != null) {
      throw new IllegalArgumentException("two commands called " + command.name());
    }
    return this;
  }

  /**
   * Calls {@code listener} with the shell's context when a shell starts on this table: how a room
   * hears a session from its first snippet ({@code /save} records every snippet that succeeds).
   */
  public CommandTable onStart(Consumer<CommandContext> listener) {
    startListeners.add(listener);
    return this;
  }

  /** A shell started on this table. */
  void started(CommandContext context) {
    startListeners.forEach(listener -> listener.accept(context));
  }

  /** The commands, in the order they were registered. */
  public List<Command> commands() {
    return List.copyOf(commands.values());
  }

  /** What a name given by the user refers to. */
  public sealed interface Lookup {
    /** Exactly one command. */
    record Found(Command command) implements Lookup {}

    /** A prefix of several commands. */
    record Ambiguous(String name, List<Command> candidates) implements Lookup {}

    /** No command; perhaps a near miss. */
    record Unknown(String name, Optional<String> suggestion) implements Lookup {}
  }

  /** Finds {@code name} ({@code /he}, {@code /help}): an exact name, else a unique prefix. */
  public Lookup find(String name) {
    String wanted = name.startsWith("/") ? name : "/" + name;
    Command exact = commands.get(wanted);
    if (exact != null) {
      return new Lookup.Found(exact);
    }
    List<Command> matches =
        commands.values().stream()
            .filter(c -> c.name().startsWith(wanted))
            .collect(Collectors.toList());
    if (matches.size() == 1) {
      return new Lookup.Found(matches.get(0));
    }
    if (matches.size() > 1) {
      return new Lookup.Ambiguous(wanted, matches);
    }
    return new Lookup.Unknown(wanted, nearest(wanted));
  }

  /** The message for a name that is not exactly one command, or empty for a found one. */
  public static Optional<String> problem(Lookup lookup) {
    if (lookup instanceof Lookup.Ambiguous ambiguous) {
      return Optional.of(
          "ambiguous: "
              + ambiguous.name()
              + " could be "
              + ambiguous.candidates().stream()
                  .map(Command::name)
                  .collect(Collectors.joining(", ")));
    }
    if (lookup instanceof Lookup.Unknown unknown) {
      return Optional.of(
          "unknown command: "
              + unknown.name()
              + unknown.suggestion().map(s -> " — did you mean " + s + "?").orElse("")
              + " (/help lists the commands)");
    }
    return Optional.empty();
  }

  private Optional<String> nearest(String name) {
    return commands.keySet().stream()
        .filter(candidate -> distance(candidate, name) <= 2)
        .min(Comparator.comparingInt(candidate -> distance(candidate, name)));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Whether a line is a slash command rather than Java ({@code //} and {@code /*} are Java). */
  public static boolean isCommand(String input) {
    String line = input.stripLeading();
    return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*");
  }

  /** A command line's name and its arguments (trimmed). */
  static String[] nameAndArguments(String line) {
    String stripped = line.strip();
    int space = indexOfBlank(stripped);
    return space < 0
        ? new String[] {stripped, ""}
        : new String[] {stripped.substring(0, space), stripped.substring(space).strip()};
  }

  private static int indexOfBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Completion for a command line with the cursor at {@code cursor}. */
  List<Candidate> complete(String line, int cursor) {
    String before = line.substring(0, cursor).stripLeading();
    int space = indexOfBlank(before);
    if (space < 0) {
      return commands.values().stream()
          .filter(c -> c.name().startsWith(before))
          .map(c -> new Candidate(c.name(), c.name(), null, c.summary(), null, null, true))
          .collect(Collectors.toList());
    }
    if (!(find(before.substring(0, space)) instanceof Lookup.Found found)) {
      return List.of();
    }
    int wordStart = before.lastIndexOf(' ') + 1;
    String word = before.substring(wordStart);
    return found.command().completion().complete(before.substring(space, wordStart).strip(), word);
  }

  /** The {@code /help} list: one line per command. */
  List<String> summary() {
    int width = commands.values().stream().mapToInt(c -> synopsis(c).length()).max().orElse(0) + 3;
    List<String> lines = new ArrayList<>();
    for (Command command : commands.values()) {
      String synopsis = synopsis(command);
      lines.add("  " + synopsis + " ".repeat(width - synopsis.length()) + command.summary());
    }
    return lines;
  }

  /** {@code /login [user]}. */
  static String synopsis(Command command) {
    return command.arguments().isEmpty()
        ? command.name()
        : command.name() + " " + command.arguments();
  }
}
