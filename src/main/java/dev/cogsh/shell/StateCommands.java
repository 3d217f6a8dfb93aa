package dev.cogsh.shell;

import dev.cogsh.engine.StartupFailure;
import dev.cogsh.engine.Variable;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.reader.Candidate;

/** The commands about the shell itself: help, the session's state, history, traces, exit. */
final class StateCommands {

  private StateCommands() {}

  /** {@code /help}, first in the table. */
  static void registerHelp(CommandTable table) {
    table.register(
        new Command(
            "/help",
            "[command]",
            "list the commands, or explain one",
            "/help lists the commands and keys; /help login (or /help /lo) explains one command.\n"
                + "A command may be shortened to any prefix that names only it: /he for /help.",
            word ->
                table.commands().stream()
                    .map(c -> c.name().substring(1))
                    .filter(
                        name -> name.startsWith(word.startsWith("/") ? word.substring(1) : word))
                    .map(name -> new Candidate(name, name, null, null, null, null, true))
                    .collect(Collectors.toList()),
            StateCommands::help));
  }

  /** The commands about the Java state, history and leaving. */
  static void register(CommandTable table) {
    table.register(
        Command.of(
            "/vars",
            "list the variables you declared",
            "Lists the variables of this session with their types and values (the session objects too).",
            (context, arguments) -> {
              List<Variable> variables =
                  SessionBindings.withVariables(context.engine().variables());
              variables.forEach(
                  v -> context.print("  " + v.type() + " " + v.name() + " = " + v.value()));
              if (variables.isEmpty()) {
                context.print("no variables");
              }
              return true;
            }));
    table.register(
        Command.of(
            "/imports",
            "list the imports",
            "Lists the imports in effect: startup.jsh's, your startup script's and your own.",
            (context, arguments) -> {
              context.engine().imports().forEach(i -> context.print("  " + i));
              return true;
            }));
    table.register(
        Command.of(
            "/reset",
            "forget every declaration and start again",
            "Throws away your variables, methods, classes and imports, then runs the start-up scripts\n"
                + "again. The session objects stay as they are: you stay signed in.",
            (context, arguments) -> {
              context.print("Resetting the Java state.");
              List<StartupFailure> failures = context.engine().reset();
              for (StartupFailure failure : failures) {
                context.error(failure.script() + ":" + failure.line() + ":");
                context.render(failure.outcome());
              }
              return failures.isEmpty();
            }));
    table.register(
        Command.of(
            "/history",
            "list what you typed",
            "Lists the inputs of this and earlier sessions, oldest first. Snippets that carry a\n"
                + "secret literal (a password or key written as a string) are never kept.",
            (context, arguments) -> {
              List<String> history = context.history();
              for (int i = 0; i < history.size(); i++) {
                context.print(
                    String.format("%5d  %s", i + 1, history.get(i).replace("\n", "\n       ")));
              }
              return true;
            }));
    table.register(
        Command.of(
            "/trace",
            "show the full stack trace of the last exception",
            "Prints the stack trace, causes included, of the last exception a snippet threw.",
            (context, arguments) -> {
              if (context.lastException().isEmpty()) {
                context.print("no exception so far");
                return true;
              }
              ErrorRenderer.trace(context.lastException().get())
                  .forEach(line -> context.print(line.toString()));
              return true;
            }));
    table.register(
        new Command(
            "/exit",
            "[status]",
            "leave cogsh (Ctrl-D does too)",
            "Leaves cogsh, with exit status 0 or the one given.",
            Command.Completion.NONE,
            (context, arguments) -> {
              if (!arguments.isEmpty() && !arguments.matches("-?\\d{1,3}")) {
                context.error("/exit takes a number (the exit status), not " + arguments);
                return false;
              }
              context.exit(arguments.isEmpty() ? 0 : Integer.parseInt(arguments));
              return true;
            }));
  }

  private static boolean help(CommandContext context, String arguments) {
    if (arguments.isEmpty()) {
      context.print("Commands (any unique prefix will do: /he for /help):");
      context.commands().summary().forEach(context::print);
      context.print("");
      context.print("Keys: Tab completes (a second Tab shows the documentation), Up/Down walk the");
      context.print(
          "history, Ctrl-C cancels the running snippet or clears the line, Ctrl-D leaves.");
      if (!context.sessionObjects().isEmpty()) {
        context.print(
            "Session objects: "
                + String.join(", ", context.sessionObjects())
                + " — type one and a dot, then Tab, to see what it does.");
      }
      return true;
    }
    CommandTable.Lookup lookup = context.commands().find(arguments.split("\\s+")[0]);
    if (lookup instanceof CommandTable.Lookup.Found found) {
      context.print(CommandTable.synopsis(found.command()));
      found.command().help().lines().forEach(line -> context.print("  " + line));
      return true;
    }
    context.error(CommandTable.problem(lookup).orElseThrow());
    return false;
  }
}
