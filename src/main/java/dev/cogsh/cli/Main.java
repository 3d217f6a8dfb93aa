package dev.cogsh.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cogsh} command. Subcommands register here; with none, the interactive shell starts.
 *
 * <p>Exit statuses: 0 success, 1 a failure the command reports (a failed scenario, an invalid
 * signature), 2 bad usage or bad input.
 */
@Command(
    name = "cogsh",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A Java shell for APIs behind API Gateway IAM auth with Cognito sign-in.",
    subcommands = {
      CommandLine.HelpCommand.class,
      SandboxCommand.class,
      ConfigCommand.class,
      SignCommand.class,
      ShellCommand.class,
      VerifyCommand.class,
      RunCommand.class,
    })
public final class Main implements Callable<Integer> {

  /** Exit status for bad usage or bad input. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status; used by tests, never calls System.exit. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured picocli command line (usage errors exit with {@link #USAGE}). */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    // "@FILE" is cogsh's own syntax (sign --data @FILE), never picocli's argument-file expansion
    cli.setExpandAtFiles(false);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler(
        (e, args) -> {
          e.getCommandLine().getErr().println("cogsh: " + e.getMessage());
          e.getCommandLine()
              .getErr()
              .println("Try 'cogsh " + e.getCommandLine().getCommandName() + " --help'.");
          return USAGE;
        });
    return cli;
  }

  /** Without a subcommand: the shell (with its options: cogsh --sandbox, cogsh --profile dev). */
  @CommandLine.Mixin ShellOptions shell = new ShellOptions();

  @Override
  public Integer call() throws Exception {
    return ShellCommand.start(shell, spec.commandLine().getErr());
  }

  /** Reads the version from the jar manifest, or says "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"cogsh " + (version == null ? "0.1-dev" : version)};
    }
  }
}
