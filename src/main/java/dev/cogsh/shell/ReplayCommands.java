package dev.cogsh.shell;

import dev.cogsh.config.TextFiles;
import dev.cogsh.engine.Outcome;
import dev.cogsh.human.Redactor;
import dev.cogsh.script.Failure;
import dev.cogsh.script.ParameterException;
import dev.cogsh.script.Recorder;
import dev.cogsh.script.ReplayRequest;
import dev.cogsh.script.RunListener;
import dev.cogsh.script.RunReport;
import dev.cogsh.script.Script;
import dev.cogsh.script.ScriptException;
import dev.cogsh.script.ScriptSnippet;
import dev.cogsh.script.SecretLiteralFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;

/**
 * {@code /replay}, {@code /record} and {@code /save}: scripts in the shell. A replay runs in this
 * session, through the shell's own loop (its variables stay); a recording keeps the snippets that
 * succeed, secret literals replaced by {@code param("NAME")} references (the history filter's rules
 * decide what is secret).
 */
final class ReplayCommands {

  /** A script with more steps than this shows a progress line per step. */
  static final int LONG_SCRIPT = 10;

  private final Path base;
  private final Clock clock;
  private final Recorder session = new Recorder(SecretLiteralFilter::find);
  private Recorder recording;
  private Path recordingFile;
  private String recordingName;

  /** The session's redactor, once the shell started: every file written goes through it. */
  private volatile Redactor redactor = Redactor.shapesOnly();

  private ReplayCommands(Path base, Clock clock) {
    this.base = base;
    this.clock = clock;
  }

  /**
   * Adds the three commands to {@code table}.
   *
   * @param base what relative script paths are relative to (the working directory)
   * @param home what {@code ~/} stands for in completion
   */
  static void register(CommandTable table, Path base, Path home) {
    ReplayCommands commands = new ReplayCommands(base, Clock.systemUTC());
    table.onStart(
        context -> {
          commands.redactor = context.session().redactor();
          context.onOutcome(commands::heard);
        });
    PathCompletion files = new PathCompletion(base, home);
    table.register(
        new Command(
            "/replay",
            ReplayRequest.USAGE,
            "run a .jsh script in this session",
            "Runs the script's snippets and slash commands here, as if you typed them; its\n"
                + "variables stay. It stops at the first failure, reported as FILE:LINE, unless\n"
                + "--keep-going. param(\"NAME\") in the script reads --param NAME=VALUE.\n"
                + "The same script runs in a terminal or CI: cogsh run FILE.",
            files,
            commands::replay));
    table.register(
        new Command(
            "/record",
            "FILE | stop",
            "record the snippets that succeed into a script",
            "/record FILE writes every snippet that succeeds from now on to FILE (kept up to date\n"
                + "as you go), secret literals replaced by param(\"NAME\"): auth.login(\"me\", \"pw\")\n"
                + "is recorded as auth.login(\"me\", param(\"PASSWORD\")). /record stop ends it and\n"
                + "says which --param the script needs; /record alone says what is recorded.",
            word -> {
              List<Candidate> candidates = new ArrayList<>(files.complete(word));
              if ("stop".startsWith(word)) {
                candidates.add(
                    new Candidate("stop", "stop", null, "end the recording", null, null, true));
              }
              return candidates;
            },
            commands::record));
    table.register(
        new Command(
            "/save",
            "FILE",
            "write this session's successful snippets to a script",
            "Writes every snippet that succeeded in this session so far to FILE, secret literals\n"
                + "replaced by param(\"NAME\"), ready for /replay FILE or cogsh run FILE.",
            files,
            commands::save));
  }

  /** Every evaluated snippet: the ones that succeed are recorded. */
  private synchronized void heard(Outcome outcome) {
    if (outcome.failed()) {
      return;
    }
    session.snippet(outcome);
    if (recording != null) {
      recording.snippet(outcome);
      try {
        ScriptFiles.write(
            recordingFile, redactor.redact(recording.script()), !recording.parameters().isEmpty());
      } catch (IOException e) {
        // reported when the recording stops; the snippets stay in memory meanwhile
      }
    }
  }

  private boolean replay(CommandContext context, String arguments) {
    ReplayRequest request;
    Script script;
    try {
      request = ReplayRequest.parse(arguments);
      script = Script.read(base.resolve(request.file()), request.file());
    } catch (ParameterException e) {
      return problem(context, e.getMessage(), e.hint());
    } catch (ScriptException e) {
      return problem(context, e.getMessage(), e.hint());
    }
    RunReport report =
        context.replay(List.of(script), request.options(), new Progress(context), clock);
    String summary = "replayed " + script.name() + ": " + report.summary(-1);
    if (report.succeeded()) {
      context.print(summary);
    } else {
      context.error(summary);
    }
    return report.succeeded();
  }

  private synchronized boolean record(CommandContext context, String arguments) {
    String argument = arguments.strip();
    if (argument.isEmpty()) {
      context.print(
          recording == null
              ? "not recording; /record FILE starts"
              : "recording to " + recordingName + " (" + recording.size() + " snippets so far)");
      return true;
    }
    if (argument.equals("stop")) {
      if (recording == null) {
        return problem(context, "not recording", "/record FILE starts a recording");
      }
      boolean written = write(context, recordingFile, recordingName, recording);
      recording = null;
      return written;
    }
    if (recording != null) {
      return problem(
          context, "already recording to " + recordingName, "/record stop ends that recording");
    }
    Recorder fresh = new Recorder(SecretLiteralFilter::find);
    Path file = base.resolve(argument);
    try {
      Files.writeString(file, redactor.redact(fresh.script()));
    } catch (IOException e) {
      return problem(
          context,
          "cannot write " + argument + ": " + TextFiles.reason(e),
          "choose a file you may write");
    }
    recording = fresh;
    recordingFile = file;
    recordingName = argument;
    context.print(
        "recording to " + argument + ": the snippets that succeed go there; /record stop ends it");
    return true;
  }

  private synchronized boolean save(CommandContext context, String arguments) {
    String argument = arguments.strip();
    if (argument.isEmpty()) {
      return problem(context, "/save needs a file", "/save FILE, e.g. /save session.jsh");
    }
    return write(context, base.resolve(argument), argument, session);
  }

  private boolean write(CommandContext context, Path file, String name, Recorder recorder) {
    boolean ownerOnly;
    try {
      ownerOnly =
          ScriptFiles.write(
              file, redactor.redact(recorder.script()), !recorder.parameters().isEmpty());
    } catch (IOException e) {
      return problem(
          context,
          "cannot write " + name + ": " + TextFiles.reason(e),
          "choose a file you may write");
    }
    context.print(
        "wrote "
            + recorder.size()
            + (recorder.size() == 1 ? " snippet" : " snippets")
            + " to "
            + name
            + (ownerOnly ? ", " + ScriptFiles.OWNER_ONLY_NOTE : "")
            + "; "
            + recorder.parametersNote());
    return true;
  }

  private static boolean problem(CommandContext context, String message, String hint) {
    context.error(message);
    if (hint != null && !hint.isBlank()) {
      context.error("hint: " + hint);
    }
    return false;
  }

  /** Shows a long script's progress, one line per step, and places failures. */
  private static final class Progress implements RunListener {
    private final CommandContext context;

    Progress(CommandContext context) {
      this.context = context;
    }

    @Override
    public void snippetStarted(ScriptSnippet snippet, int index, int total) {
      if (total > LONG_SCRIPT) {
        String code = snippet.code().lines().findFirst().orElse("");
        context.print("[" + index + "/" + total + "] " + snippet.location() + "  " + code);
      }
    }

    @Override
    public void snippetFailed(Failure failure) {
      failure.report().lines().forEach(context::error);
    }
  }
}
