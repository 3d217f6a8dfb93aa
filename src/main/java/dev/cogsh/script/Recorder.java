package dev.cogsh.script;

import dev.cogsh.engine.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the inputs of a session that succeeded, as a script: Java snippets and slash commands in
 * the order they ran, secret literals replaced by {@code param("NAME")} references. Pure: the shell
 * feeds it and writes {@link #script()} to a file.
 */
public final class Recorder {

  /** Commands about the shell itself: recording them would replay nothing of the session. */
  private static final Set<String> NOT_RECORDED =
      Set.of(
          "/record", "/save", "/help", "/history", "/exit", "/trace", "/vars", "/imports", "/list");

  /** {@code --param NAME=VALUE} in a command line, the value up to the next blank. */
  private static final Pattern PARAM_OPTION =
      Pattern.compile("\\s+--param(?:\\s+|=)([A-Za-z_][A-Za-z0-9_.-]*)=\\S*");

  /** {@code param("NAME")} without a default: the script needs NAME. */
  private static final Pattern PARAM_CALL =
      Pattern.compile("\\bparam\\(\\s*\"([A-Za-z_][A-Za-z0-9_.-]*)\"\\s*\\)");

  private final SecretLiteralRewriter rewriter;
  private final List<String> snippets = new ArrayList<>();
  private final Set<String> readParameters = new LinkedHashSet<>();

  /**
   * @param finder decides which literals are secrets (the shell's history filter)
   */
  public Recorder(SecretFinder finder) {
    this.rewriter = new SecretLiteralRewriter(finder);
  }

  /**
   * Records a snippet the engine evaluated, if it succeeded. An expression or statement typed
   * without its {@code ;} gets one, so that it stays one snippet in the file.
   */
  public void snippet(Outcome outcome) {
    if (outcome.failed()) {
      return;
    }
    String source = outcome.source().strip();
    boolean block = source.endsWith("}");
    if (outcome instanceof Outcome.Value || (outcome instanceof Outcome.Executed && !block)) {
      source = SourceText.withSemicolon(source);
    }
    snippet(source);
  }

  /** Records a Java snippet that succeeded, as it is. */
  public void snippet(String source) {
    String stripped = source.strip();
    if (stripped.isEmpty()) {
      return;
    }
    String rewritten = rewriter.rewrite(stripped).source();
    // a replayed script's own param("NAME") calls: the recording needs them too
    Matcher call = PARAM_CALL.matcher(stripped);
    while (call.find()) {
      readParameters.add(call.group(1));
    }
    snippets.add(rewritten);
  }

  /**
   * Records a slash command that succeeded, unless it is about the shell itself. Its {@code --param
   * NAME=VALUE} options are dropped (a value may be a secret): the recorded script needs {@code
   * NAME} itself, and a nested {@code /replay} sees the parameters of the run around it.
   */
  public void command(String line) {
    String stripped = line.strip();
    String name = stripped.split("\\s+", 2)[0];
    if (NOT_RECORDED.contains(name)) {
      return;
    }
    Matcher option = PARAM_OPTION.matcher(stripped);
    StringBuilder kept = new StringBuilder();
    while (option.find()) {
      readParameters.add(option.group(1));
      option.appendReplacement(kept, "");
    }
    option.appendTail(kept);
    snippets.add(kept.toString());
  }

  /** How many inputs are recorded. */
  public int size() {
    return snippets.size();
  }

  /** The parameters the recorded script reads, in order of first use. */
  public List<String> parameters() {
    Set<String> all = new LinkedHashSet<>(rewriter.parameters());
    all.addAll(readParameters);
    return List.copyOf(all);
  }

  /**
   * The script: a header that says how to replay it (and which {@code --param}s it needs), then the
   * inputs, one after the other.
   */
  public String script() {
    StringBuilder text = new StringBuilder("// Recorded with cogsh. Replay: cogsh run FILE");
    for (String name : parameters()) {
      text.append(" --param ").append(name).append("=…");
    }
    text.append('\n');
    if (!parameters().isEmpty()) {
      text.append("// Secrets were replaced by param(..): pass ")
          .append(String.join(", ", parameters()))
          .append(" with --param (or /replay FILE --param NAME=VALUE).\n");
    }
    text.append('\n');
    for (String snippet : snippets) {
      text.append(snippet).append('\n');
    }
    return text.toString();
  }

  /** The note to show when a recording ends: what to pass to replay it. */
  public String parametersNote() {
    if (parameters().isEmpty()) {
      return "it needs no parameters";
    }
    StringBuilder note = new StringBuilder("secret literals became parameters; replay it with");
    for (String name : parameters()) {
      note.append(" --param ").append(name).append("=…");
    }
    return note.toString();
  }
}
