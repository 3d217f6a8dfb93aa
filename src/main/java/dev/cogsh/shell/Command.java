package dev.cogsh.shell;

import java.util.List;
import java.util.Objects;
import org.jline.reader.Candidate;

/**
 * One slash command: an entry of the {@link CommandTable}.
 *
 * @param name the name with its slash, e.g. {@code /login}
 * @param arguments the arguments' synopsis for {@code /help}, e.g. {@code [user]}; empty for none
 * @param summary one line for the {@code /help} list
 * @param help the full text of {@code /help <name>}
 * @param completion completes the argument under the cursor
 * @param action runs the command
 */
public record Command(
    String name,
    String arguments,
    String summary,
    String help,
    Completion completion,
    Action action) {

  public Command {
    if (!name.startsWith("/") || name.length() < 2 || name.contains(" ")) {
      throw new IllegalArgumentException("a command name is a slash and a word: " + name);
    }
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(action, "action");
  }

  /** A command without arguments. */
  public static Command of(String name, String summary, String help, Action action) {
    return new Command(name, "", summary, help, Completion.NONE, action);
  }

  /** Runs a command. */
  @FunctionalInterface
  public interface Action {
    /**
     * Runs the command with what followed its name.
     *
     * @return whether it succeeded (a failed command fails a piped script)
     */
    boolean run(CommandContext context, String arguments);
  }

  /** Completes a command's argument. */
  @FunctionalInterface
  public interface Completion {
    /** Completes nothing. */
    Completion NONE = word -> List.of();

    /** Candidates for {@code word}, the argument under the cursor (possibly empty). */
    List<Candidate> complete(String word);

    /**
     * Candidates for {@code word} after the arguments {@code before} it ({@code use} in {@code
     * /config use pr}), for commands whose arguments depend on the ones before; by default only the
     * word counts.
     */
    default List<Candidate> complete(String before, String word) {
      return complete(word);
    }
  }
}
