package dev.cogsh.cli;

import dev.cogsh.config.ConfigException;
import dev.cogsh.config.ConfigRequest;
import dev.cogsh.config.Environment;
import dev.cogsh.engine.EngineException;
import dev.cogsh.human.Durations;
import dev.cogsh.human.Redactor;
import dev.cogsh.human.SecretKind;
import dev.cogsh.human.SecretRegistry;
import dev.cogsh.sandbox.DeviceTracking;
import dev.cogsh.sandbox.SandboxOptions;
import dev.cogsh.sandbox.SeedUser;
import dev.cogsh.script.ParameterException;
import dev.cogsh.script.Parameters;
import dev.cogsh.script.RunOptions;
import dev.cogsh.script.RunReport;
import dev.cogsh.script.Script;
import dev.cogsh.script.ScriptException;
import dev.cogsh.script.SecretParameters;
import dev.cogsh.script.Traffic;
import dev.cogsh.session.OpenSession;
import dev.cogsh.session.SessionFactory;
import dev.cogsh.session.SessionRequest;
import dev.cogsh.shell.EarlyEngine;
import dev.cogsh.shell.ScriptSession;
import dev.cogsh.shell.ShellCommands;
import dev.cogsh.shell.ShellSetup;
import dev.cogsh.shell.UserDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cogsh run FILE.jsh…}: replays scripts in one session, stops at the first failed snippet
 * (or runs on with {@code --keep-going}) and ends with a summary line. Exit status 0 when every
 * snippet succeeded, 1 when one failed, 2 for bad usage (a missing file, a bad {@code --param}).
 *
 * <p>The scripts run in the same shell as the interactive one, without a terminal: the same
 * start-up scripts, command table and renderer ({@link ScriptSession}).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Replay .jsh scenarios: sign in, call the API, check the answers.",
      "Exit status: 0 every snippet succeeded, 1 a snippet failed, 2 bad usage;",
      "a snippet's System.exit(N) ends the run with N.",
      "Credentials for CI: COGSH_USERNAME and COGSH_PASSWORD; COGSH_TOTP_SECRET answers TOTP MFA."
    })
public final class RunCommand implements Callable<Integer> {

  @picocli.CommandLine.Parameters(
      arity = "1..*",
      paramLabel = "FILE.jsh",
      description = "The scripts, run in order in one session.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A parameter the scripts read with param(\"NAME\") (repeatable).")
  List<String> params = new ArrayList<>();

  @Option(names = "--keep-going", description = "Run every snippet and report every failure.")
  boolean keepGoing;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Stop the whole run after DURATION (90s, 15m, 1h): a failure at FILE:LINE.")
  String timeout;

  @Option(
      names = "--snippet-timeout",
      paramLabel = "DURATION",
      description = "Stop any one snippet after DURATION: a failure at its FILE:LINE.")
  String snippetTimeout;

  @Option(
      names = "--no-batch",
      description =
          "Compile every statement on its own (by default consecutive statements are compiled"
              + " together: faster, with the same output).")
  boolean noBatch;

  @Option(names = "--sandbox", description = "Run against a fresh in-process sandbox.")
  boolean sandbox;

  @Option(
      names = "--sandbox-user-totp",
      paramLabel = "NAME:PASSWORD:BASE32",
      description = "With --sandbox: also seed a user with TOTP MFA and this Base32 secret.")
  List<String> sandboxTotpUsers = new ArrayList<>();

  @Option(
      names = "--sandbox-devices",
      paramLabel = "MODE",
      description = "With --sandbox: device tracking, always, opt-in or off (default).")
  String sandboxDevices;

  @Option(
      names = "--remember",
      description = "Keep the signed-in session for the next run (an owner-only file).")
  boolean remember;

  @Mixin ConfigChoice choice = new ConfigChoice();

  private final Environment environment;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private final Clock clock;
  private EarlyEngine startedEngine;

  /** The real world: process environment, stdout and stderr, the system clock. */
  public RunCommand() {
    this(Environment.system(), System.out, System.err, ShellCommand.interactive(), null);
  }

  /**
   * Everything injected, for tests.
   *
   * @param terminal whether stdout is a terminal (colours)
   * @param clock times the run; {@code null} for the system clock
   */
  RunCommand(
      Environment environment, PrintStream out, PrintStream err, boolean terminal, Clock clock) {
    this.environment = environment;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.clock = clock == null ? Clock.systemUTC() : clock;
  }

  /**
   * Runs on {@code engine}, which {@code cogsh run} started before its arguments were parsed (a
   * tenth of a second of picocli that JShell's warm-up can overlap); the run closes it.
   */
  void startedEarly(EarlyEngine engine) {
    this.startedEngine = engine;
  }

  @Override
  public Integer call() {
    boolean color = terminal && environment.variable("NO_COLOR").isEmpty();
    SecretRegistry early = new SecretRegistry();
    registerSecretParams(early);
    RunOutput output = new RunOutput(writer(out), writer(err), color, new Redactor(early));
    SessionRequest request;
    List<Script> scripts;
    Parameters parameters;
    RunOptions options;
    try {
      parameters = Parameters.parse(params);
      options =
          new RunOptions(
              parameters,
              keepGoing,
              timeout == null ? null : Durations.parse(timeout, "--timeout"),
              snippetTimeout == null ? null : Durations.parse(snippetTimeout, "--snippet-timeout"),
              !noBatch);
      scripts = files.stream().map(f -> Script.read(environment.cwd().resolve(f), f)).toList();
      request = sessionRequest();
    } catch (ParameterException e) {
      return usage(output, e.getMessage(), e.hint());
    } catch (ScriptException e) {
      return usage(output, e.getMessage(), e.hint());
    } catch (IllegalArgumentException e) {
      return usage(output, e.getMessage(), "see cogsh run --help");
    }
    // JShell and its compiler warm up while the session opens (config, sandbox), not after it
    try (EarlyEngine engine =
            startedEngine != null ? startedEngine : EarlyEngine.start(environment.classPath());
        OpenSession session = SessionFactory.open(request)) {
      registerSecretParams(session.registry());
      // everything printed goes through the session's redactor: the shell redacts values,
      // snippets' own output and errors; RunOutput the echo, failure reports and notes
      output = new RunOutput(writer(out), writer(err), color, session.redactor());
      output.note("running against " + where(session));
      session.rememberedLine().ifPresent(output::note);
      ShellSetup shell =
          ShellSetup.builder()
              .in(InputStream.nullInputStream())
              .out(out)
              .err(err)
              .directories(UserDirectories.of(environment))
              .version(Main.version())
              .session(session)
              .classPath(environment.classPath())
              .build();
      RunInterruption interruption =
          new RunInterruption(output, () -> traffic(session), clock).arm();
      RunReport report;
      try {
        report =
            ScriptSession.run(
                shell,
                ShellCommands.standard(session),
                scripts,
                options,
                output.andThen(interruption),
                clock,
                engine);
      } finally {
        interruption.disarm();
      }
      output.summary(report.summary(traffic(session)), report.succeeded());
      return report.exitStatus();
    } catch (ConfigException e) {
      return usage(output, e.getMessage(), e.hint());
    } catch (IOException | EngineException e) {
      output.problem(e.getMessage());
      return 1;
    }
  }

  /** What the session is built from: a scripted sign-in, the seeded users in a sandbox. */
  private SessionRequest sessionRequest() {
    if (!sandboxTotpUsers.isEmpty() && !sandbox) {
      throw new IllegalArgumentException("--sandbox-user-totp is for --sandbox runs");
    }
    if (sandboxDevices != null && !sandbox) {
      throw new IllegalArgumentException("--sandbox-devices is for --sandbox runs");
    }
    // the demo user first, so that it is the configured user
    SandboxOptions.Builder users =
        SandboxOptions.builder().user(SandboxOptions.DEMO_USER, SandboxOptions.DEMO_PASSWORD);
    sandboxTotpUsers.forEach(u -> users.seed(SeedUser.parse(u, SeedUser.Kind.TOTP)));
    if (sandboxDevices != null) {
      users.devices(DeviceTracking.parse(sandboxDevices));
    }
    return new SessionRequest(
        environment,
        new ConfigRequest(choice.config, choice.profile, null, sandbox),
        users.build(),
        SessionRequest.Answers.SCRIPTED,
        remember);
  }

  /** {@code a fresh sandbox at http://127.0.0.1:PORT}, or the API's URL. */
  private static Traffic traffic(OpenSession session) {
    return new Traffic(session.cognitoCalls(), session.requests());
  }

  private static String where(OpenSession session) {
    return session
        .sandbox()
        .map(endpoint -> "a fresh sandbox at " + endpoint)
        .orElse(
            session.target().config().apiUrl() == null
                ? "the configured user pool, with no apiUrl (api calls need absolute URLs)"
                : String.valueOf(session.target().config().apiUrl()));
  }

  private static int usage(RunOutput output, String message, String hint) {
    output.problem(message);
    if (hint != null && !hint.isBlank()) {
      output.problem("hint: " + hint);
    }
    return Main.USAGE;
  }

  /** Registers the values of parameters whose names say secret, and of seeded users. */
  private void registerSecretParams(SecretRegistry registry) {
    SecretParameters.register(params, registry);
    for (String user : sandboxTotpUsers) {
      List<String> parts = List.of(user.split(":"));
      parts
          .subList(Math.min(1, parts.size()), parts.size())
          .forEach(part -> registry.register(SecretKind.SECRET, part));
    }
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
