package dev.cogsh.shell;

import dev.cogsh.config.Config;
import dev.cogsh.config.ConfigException;
import dev.cogsh.config.ResolvedConfig;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;

/**
 * {@code /config}: show the configuration, {@code /config use NAME} to switch the session to a
 * profile, {@code /config import PATH} to write {@code cogsh.json} from a front end's files.
 */
final class ConfigCommands {

  private static final List<String> SUBCOMMANDS = List.of("use", "import");

  private ConfigCommands() {}

  static void register(CommandTable table, SessionConfig state, PathCompletion files) {
    table.register(
        new Command(
            "/config",
            "[use [NAME] | import PATH [--api NAME] [--profile NAME] [--force]]",
            "show the configuration; switch profiles; import a front end's",
            "/config shows the effective configuration, each value with where it came from;\n"
                + "secrets (the app client secret, a password from the environment) are masked.\n"
                + "/config use NAME switches this session to profile NAME of the configuration\n"
                + "file: new auth, creds and api for it (signed out; your other variables stay).\n"
                + "/config use alone goes back to the file's top-level values.\n"
                + ConfigImport.HELP,
            completion(state, files),
            (context, arguments) -> run(context, state, arguments)));
  }

  private static boolean run(CommandContext context, SessionConfig state, String arguments) {
    String[] words = arguments.isEmpty() ? new String[0] : arguments.split("\\s+");
    if (words.length == 0) {
      Connection current = context.connection();
      String shown = state.resolved().map(ResolvedConfig::describe).orElse(current.configuration());
      (shown != null ? shown : SessionCommands.describe(current.config()))
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
        yield use(context, state, words.length == 2 ? words[1] : null);
      }
      case "import" -> ConfigImport.run(context, state, List.of(words).subList(1, words.length));
      default -> {
        context.error(
            "unknown: /config "
                + words[0]
                + " — /config shows the configuration; /config use NAME, /config import PATH");
        yield false;
      }
    };
  }

  /** {@code /config use [NAME]}. */
  static boolean use(CommandContext context, SessionConfig state, String name) {
    Optional<ResolvedConfig> resolved = state.resolved();
    if (resolved.isEmpty()) {
      context.error("/config use: this session's configuration was given to it and cannot change");
      return false;
    }
    var environment = state.environment();
    if (resolved.get().file().isEmpty()
        && !Files.isRegularFile(environment.projectConfigFile())
        && !Files.isRegularFile(environment.userConfigFile())) {
      context.error(
          "/config use: there are no profiles: this session has no configuration file"
              + " (it runs on "
              + (state.sandbox().isPresent() ? "the built-in sandbox" : "flags and environment")
              + ")");
      context.print(
          "hint: /config import PATH writes ./cogsh.json from the front end's src/config.js,"
              + " aws-exports.js or amplify_outputs.json; --profile NAME makes it a profile");
      return false;
    }
    ResolvedConfig next;
    try {
      next = resolved.get().withProfile(name);
    } catch (ConfigException e) {
      context.error("/config use: " + e.getMessage());
      context.print("hint: " + e.hint());
      context.print("the session is unchanged: " + context.connection().target());
      return false;
    }
    Connection current = context.connection();
    Config config;
    String target;
    boolean sandbox = next.useSandbox();
    if (sandbox) {
      Optional<Connection> started = state.sandbox();
      if (started.isEmpty()) {
        context.error(
            "/config use: "
                + (name == null ? "the top level" : "profile " + name)
                + " configures no user pool, identity pool or API; the built-in sandbox only"
                + " starts with cogsh");
        return false;
      }
      config = next.overlay(started.get().config());
      target = started.get().target();
    } else {
      config = next.config().orElseThrow();
      target = Connection.target(config);
    }
    Connection connection =
        new Connection(current.version(), target, config, sandbox, next.describe());
    if (!context.reconnect(connection)) {
      return false;
    }
    state.use(next);
    next.warnings().forEach(w -> context.print("warning: " + w));
    String what = name == null ? "the top level of the configuration" : "profile " + name;
    context.print("now using " + what + ": " + target + "; signed out — type /login");
    return true;
  }

  private static Command.Completion completion(SessionConfig state, PathCompletion files) {
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
          return candidates(state.profiles(), word);
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
