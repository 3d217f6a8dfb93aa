package dev.cogsh.shell;

import dev.cogsh.config.ResolvedConfig;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionException;
import dev.cogsh.session.SessionTarget;
import java.util.List;
import org.jline.reader.Candidate;

/**
 * {@code /config}: show the configuration, {@code /config use NAME} to switch the session to a
 * profile, {@code /config import PATH} to write {@code cogsh.json} from a front end's files.
 */
final class ConfigCommands {

  private static final List<String> SUBCOMMANDS = List.of("use", "import");

  private ConfigCommands() {}

  static void register(CommandTable table, OpenSession session, PathCompletion files) {
    table.register(
        new Command(
            "/config",
            "[use [NAME] | import PATH [--api NAME] [--profile NAME] [--force]]",
            "show the configuration; switch profiles; import a front end's settings",
            "/config shows the effective configuration, each value with where it came from;\n"
                + "secrets (the app client secret, a password from the environment) are masked.\n"
                + "/config use NAME switches this session to profile NAME of the configuration\n"
                + "file: new auth, creds and api for it (signed out; your other variables stay).\n"
                + "/config use alone goes back to the file's top-level values.\n"
                + ConfigImport.HELP,
            completion(session, files),
            (context, arguments) -> run(context, session, arguments)));
  }

  private static boolean run(CommandContext context, OpenSession session, String arguments) {
    String[] words = arguments.isEmpty() ? new String[0] : arguments.split("\\s+");
    if (words.length == 0) {
      session
          .resolved()
          .map(ResolvedConfig::describe)
          .orElseGet(() -> SessionCommands.describe(session.target().config()))
          .stripTrailing()
          .lines()
          .forEach(context::print);
      return true;
    }
    return switch (words[0]) {
      case "use" -> {
        if (words.length > 2) {
          context.error("usage: /config use [NAME]");
          yield false;
        }
        yield use(context, session, words.length == 2 ? words[1] : null);
      }
      case "import" -> ConfigImport.run(context, session, List.of(words).subList(1, words.length));
      default -> {
        context.error(
            "unknown: /config "
                + words[0]
                + " — /config shows the configuration; /config use NAME, /config import PATH");
        yield false;
      }
    };
  }

  /**
   * {@code /config use [NAME]}: the session switches; snippets see the new objects at once (the
   * session sets the fields {@code startup.jsh} imports).
   */
  static boolean use(CommandContext context, OpenSession session, String name) {
    SessionTarget switched;
    try {
      switched = session.use(name);
    } catch (SessionException e) {
      context.error("/config use: " + e.getMessage());
      if (e.hint() != null) {
        context.print("hint: " + e.hint());
      }
      context.print("the session is unchanged: " + session.target().description());
      return false;
    }
    session.warnings().forEach(w -> context.print("warning: " + w));
    String what = name == null ? "the top level of the configuration" : "profile " + name;
    context.print(
        "now using " + what + ": " + switched.description() + "; signed out — type /login");
    return true;
  }

  private static Command.Completion completion(OpenSession session, PathCompletion files) {
    return new Command.Completion() {
      @Override
      public List<Candidate> complete(String word) {
        return complete("", word);
      }

      @Override
      public List<Candidate> complete(String before, String word) {
        if (before.isEmpty()) {
          return candidates(SUBCOMMANDS, word);
        }
        if (before.equals("use")) {
          return candidates(session.profiles(), word);
        }
        if (before.startsWith("import")) {
          return before.endsWith("--api") || before.endsWith("--profile")
              ? List.of()
              : word.startsWith("-")
                  ? candidates(ConfigImport.OPTIONS, word)
                  : files.complete(word);
        }
        return List.of();
      }
    };
  }

  private static List<Candidate> candidates(List<String> values, String word) {
    return values.stream()
        .filter(v -> v.startsWith(word))
        .map(v -> new Candidate(v, v, null, null, null, null, true))
        .toList();
  }
}
