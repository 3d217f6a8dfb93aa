package dev.cogsh.cli;

import dev.cogsh.config.Environment;
import dev.cogsh.shell.EarlyEngine;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code cogsh} command. Subcommands register here; with none, the interactive shell starts.
 *
 * <p>Exit statuses: 0 success, 1 a failure (one the command reports, such as a failed scenario or
 * an invalid signature, or an unexpected error: one line, and {@code --debug} for its stack trace),
 * 2 bad usage or bad input.
 */
@Command(
    name = "cogsh",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A Java shell for APIs behind API Gateway IAM auth with Cognito sign-in.")
public final class Main implements Callable<Integer> {

  /** Exit status for a failure, expected or not. */
  public static final int FAILURE = 1;

  /** Exit status for bad usage or bad input. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status; used by tests, never calls System.exit. */
  public static int run(String... args) {
    Optional<ShellArgs> shell = ShellArgs.parse(args);
    if (shell.isPresent()) {
      return startShell(shell.get());
    }
    if (startsRun(args)) {
      // JShell warms up while picocli reads the run's options and the session opens
      try (EarlyEngine early = EarlyEngine.start(Environment.system().classPath())) {
        return commandLine(args, runningOn(early)).execute(args);
      }
    }
    return commandLine(args).execute(args);
  }

  /** {@code cogsh run …} without help asked: a run will evaluate, so JShell may start now. */
  private static boolean startsRun(String... args) {
    return args.length > 0
        && args[0].equals("run")
        && Arrays.stream(args).noneMatch(a -> a.equals("-h") || a.equals("--help"));
  }

  /** Picocli's factory, with the run command given the engine started early. */
  private static CommandLine.IFactory runningOn(EarlyEngine early) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        K made = defaults.create(type);
        if (made instanceof RunCommand run) {
          run.startedEarly(early);
        }
        return made;
      }
    };
  }

  /** The shell started without picocli ({@link ShellArgs}), failing as picocli's handler would. */
  private static int startShell(ShellArgs shell) {
    PrintWriter err = new PrintWriter(System.err, true);
    try {
      return ShellCommand.start(shell.options(), err);
    } catch (Exception e) {
      return unexpected(e, shell.debug(), err);
    }
  }

  /** The configured picocli command line, with every subcommand. */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /**
   * As {@link #commandLine()}, with the commands made by {@code factory} (tests give their own).
   */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    return withSubcommands(factory, name -> true);
  }

  /**
   * The command line for these arguments. Picocli reads the annotations of every option of every
   * subcommand it is given when it is built (a quarter of a shell's start-up), so the shell gets
   * none and a subcommand only its own; anything else (help, a misspelt subcommand, a word that may
   * be an option's value) gets them all, so that usage and its errors read as ever.
   */
  static CommandLine commandLine(String... args) {
    return commandLine(args, CommandLine.defaultFactory());
  }

  private static CommandLine commandLine(String[] args, CommandLine.IFactory factory) {
    String word = null;
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help")) {
        return commandLine(factory);
      }
      if (word == null && !arg.startsWith("-")) {
        word = arg;
      }
    }
    String first = word;
    boolean known =
        first != null
            && !first.equals("help")
            && Subcommands.SUBCOMMANDS.stream().anyMatch(e -> e.getKey().equals(first));
    if (first != null && !known) {
      return commandLine(factory);
    }
    return withSubcommands(factory, name -> name.equals(first));
  }

  private static CommandLine withSubcommands(
      CommandLine.IFactory factory, Predicate<String> wanted) {
    CommandLine cli = new CommandLine(new Main(), factory);
    for (Map.Entry<String, Class<?>> subcommand : Subcommands.SUBCOMMANDS) {
      if (wanted.test(subcommand.getKey())) {
        cli.addSubcommand(subcommand.getKey(), subcommand.getValue());
      }
    }
    return configure(cli);
  }

  /**
   * How cogsh's command lines report trouble: usage errors exit with {@link #USAGE}, and an
   * exception no command handled exits with {@link #FAILURE} ({@link #unexpected}).
   */
  static CommandLine configure(CommandLine cli) {
    // "@FILE" is cogsh's own syntax (sign --data @FILE), never picocli's argument-file expansion
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(
        (e, args) -> {
          e.getCommandLine().getErr().println("cogsh: " + e.getMessage());
          didYouMean(e).ifPresent(e.getCommandLine().getErr()::println);
          e.getCommandLine()
              .getErr()
              .println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(Main::unexpected);
    return cli;
  }

  /**
   * For a misspelt subcommand or option, the close ones picocli finds: {@code Did you mean 'cogsh
   * creds export'?}, {@code Did you mean --keep-going?}.
   */
  static Optional<String> didYouMean(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getSuggestions().isEmpty()) {
      return Optional.empty();
    }
    List<String> close = unmatched.getSuggestions();
    if (unmatched.isUnknownOption()) {
      return Optional.of("Did you mean " + String.join(" or ", close) + "?");
    }
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    return Optional.of(
        "Did you mean "
            + close.stream()
                .map(word -> "'" + command + " " + word + "'")
                .collect(Collectors.joining(" or "))
            + "?");
  }

  /**
   * An exception no command handled: a bug, or a failure of the world (a broken pipe), never bad
   * usage. One line says what; {@code --debug} adds the stack trace.
   */
  private static int unexpected(Exception e, CommandLine command, ParseResult parsed) {
    return unexpected(e, debug(parsed), command.getErr());
  }

  private static int unexpected(Exception e, boolean debug, PrintWriter err) {
    String message =
        e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
    err.println(
        "cogsh: unexpected error: "
            + e.getClass().getSimpleName()
            + (message.isEmpty() ? "" : ": " + message));
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("(run it again with --debug to see the stack trace)");
    }
    err.flush();
    return FAILURE;
  }

  /** Whether {@code --debug} was given, to cogsh or to its subcommand. */
  private static boolean debug(ParseResult parsed) {
    for (ParseResult r = parsed; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "on an unexpected error, print its stack trace")
  boolean debug;

  /** Without a subcommand: the shell (with its options: cogsh --sandbox, cogsh --profile dev). */
  @CommandLine.Mixin ShellOptions shell = new ShellOptions();

  @Override
  public Integer call() throws Exception {
    return ShellCommand.start(shell, spec.commandLine().getErr());
  }

  /**
   * The subcommands, in the order {@code --help} lists them; a class of their own so that a plain
   * shell start, which never builds picocli's command line, loads none of them.
   */
  private static final class Subcommands {
    static final List<Map.Entry<String, Class<?>>> SUBCOMMANDS =
        List.of(
            Map.entry("help", CommandLine.HelpCommand.class),
            Map.entry("sandbox", SandboxCommand.class),
            Map.entry("config", ConfigCommand.class),
            Map.entry("sign", SignCommand.class),
            Map.entry("shell", ShellCommand.class),
            Map.entry("verify", VerifyCommand.class),
            Map.entry("run", RunCommand.class),
            Map.entry("creds", CredsCommand.class),
            Map.entry("token", TokenCommand.class),
            Map.entry("logout", LogoutCommand.class));
  }

  /** {@code cogsh 1.2.3} from the jar manifest, or {@code cogsh 0.1-dev} when run from classes. */
  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return "cogsh " + (version == null ? "0.1-dev" : version);
  }

  /** The version for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {version()};
    }
  }
}
