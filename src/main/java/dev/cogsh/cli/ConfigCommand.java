package dev.cogsh.cli;

import dev.cogsh.config.ConfigException;
import dev.cogsh.config.ConfigImporter;
import dev.cogsh.config.ConfigLoader;
import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.config.ImportOptions;
import dev.cogsh.config.ImportPlan;
import dev.cogsh.config.ImportedConfig;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cogsh config import PATH} and {@code cogsh config show}. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = "Write cogsh.json from a front end's configuration, or show the effective one.",
    subcommands = {ConfigCommand.Import.class, ConfigCommand.Show.class})
public final class ConfigCommand implements Runnable {

  /** Picks one of several APIs; empty when nobody can be asked (stdin is not a terminal). */
  public interface Chooser {
    Optional<Integer> choose(List<String> options, PrintWriter out);
  }

  private final Environment environment;
  private final Chooser chooser;

  @Spec CommandSpec spec;

  /** The real environment; asks on the console when stdin is a terminal. */
  public ConfigCommand() {
    this(null, ConfigCommand::askConsole);
  }

  public ConfigCommand(Environment environment, Chooser chooser) {
    this.environment = environment;
    this.chooser = chooser;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The environment given, or the real one (read only when a subcommand runs). */
  private Environment environment() {
    return environment != null ? environment : Environment.system();
  }

  /** {@code cogsh config import PATH}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Write or merge cogsh.json from the tutorial's src/config.js, Amplify's aws-exports.js or"
            + " amplify_outputs.json (a front-end folder is searched for them).",
        "Values already in the file are never replaced silently: differences are listed and"
            + " nothing is written unless --force is given."
      })
  static final class Import implements Callable<Integer> {
    @ParentCommand ConfigCommand parent;
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "PATH",
        description = "config.js, aws-exports.js, amplify_outputs.json")
    Path source;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "the file to write (default: ./cogsh.json)")
    Path output;

    @Option(
        names = "--api",
        paramLabel = "NAME",
        description = "the API (or stage) for the top level when the file has several")
    String api;

    @Option(
        names = "--profile",
        paramLabel = "NAME",
        description = "import into profiles.NAME instead of the top level")
    String profile;

    @Option(
        names = "--force",
        description = "replace values that differ; write even a result that would not load")
    boolean force;

    @Option(
        names = {"-n", "--dry-run"},
        description = "show what would be written, write nothing")
    boolean dryRun;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Environment env = parent.environment();
      try {
        ConfigImporter importer = new ConfigImporter(env);
        ImportedConfig found = importer.read(source);
        out.print(found.describe(env));
        String chosen = api;
        if (chosen == null && found.choices().size() > 1) {
          List<String> options =
              found.choices().stream().map(ImportedConfig.Choice::describe).toList();
          chosen =
              parent
                  .chooser
                  .choose(options, out)
                  .map(i -> found.choices().get(i).name())
                  .orElse(null);
        }
        Path target = output != null ? output : env.projectConfigFile();
        ImportPlan plan = importer.plan(found, new ImportOptions(target, chosen, profile, force));
        out.print(plan.describe());
        if (dryRun) {
          out.print(plan.json());
          return 0;
        }
        if (plan.conflicts() || plan.wouldNotLoad()) {
          return 1;
        }
        if (plan.changesAnything()) {
          plan.write();
          String shown = env.display(plan.target());
          out.println(plan.writtenAnyway(shown).orElse("Wrote " + shown + ". Next: scripts/cogsh"));
        }
        return 0;
      } catch (ConfigException e) {
        err.println("cogsh config import: " + e.getMessage());
        err.println("hint: " + e.hint());
        return Main.USAGE;
      } finally {
        out.flush();
      }
    }
  }

  /** {@code cogsh config show}: the effective configuration and where each value came from. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show the effective configuration, the source of each value, and warnings.")
  static final class Show implements Callable<Integer> {
    @ParentCommand ConfigCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "the configuration file")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME", description = "the profile to apply")
    String profile;

    @Override
    public Integer call() {
      try {
        ConfigRequest request = ConfigRequest.none().withConfigFile(config).withProfile(profile);
        spec.commandLine()
            .getOut()
            .print(new ConfigLoader(parent.environment()).load(request).describe());
        return 0;
      } catch (ConfigException e) {
        spec.commandLine().getErr().println("cogsh config show: " + e.getMessage());
        spec.commandLine().getErr().println("hint: " + e.hint());
        return Main.USAGE;
      } finally {
        spec.commandLine().getOut().flush();
      }
    }
  }

  /** Asks on the terminal; only when stdin is one. */
  private static Optional<Integer> askConsole(List<String> options, PrintWriter out) {
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    for (int i = 0; i < options.size(); i++) {
      out.println("  " + (i + 1) + ") " + options.get(i));
    }
    out.flush();
    while (true) {
      String line = console.readLine("Which one for the top level? [1]: ");
      if (line == null || line.isBlank()) {
        return Optional.of(0);
      }
      try {
        int n = Integer.parseInt(line.strip());
        if (n >= 1 && n <= options.size()) {
          return Optional.of(n - 1);
        }
      } catch (NumberFormatException e) {
        // ask again
      }
      out.println("Type a number from 1 to " + options.size() + ".");
      out.flush();
    }
  }
}
