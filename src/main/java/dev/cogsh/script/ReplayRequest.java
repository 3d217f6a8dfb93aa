package dev.cogsh.script;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code /replay FILE [--param NAME=VALUE]… [--keep-going]}, as the shell's
 * command gets them: one line, words split at blanks, {@code "…"} or {@code '…'} around a word with
 * blanks.
 *
 * @param file the script, as written
 * @param options the parameters and whether to keep going
 */
public record ReplayRequest(String file, RunOptions options) {

  /** The synopsis, for help and messages. */
  public static final String USAGE = "FILE [--param NAME=VALUE]... [--keep-going]";

  /**
   * Parses the arguments.
   *
   * @throws ParameterException when they are not {@link #USAGE}
   */
  public static ReplayRequest parse(String arguments) {
    List<String> words = words(arguments);
    String file = null;
    List<String> params = new ArrayList<>();
    boolean keepGoing = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("--keep-going")) {
        keepGoing = true;
      } else if (word.equals("--param")) {
        if (i + 1 >= words.size()) {
          throw usage("--param needs NAME=VALUE");
        }
        params.add(words.get(++i));
      } else if (word.startsWith("--param=")) {
        params.add(word.substring("--param=".length()));
      } else if (word.startsWith("-")) {
        throw usage("unknown option " + word);
      } else if (file == null) {
        file = word;
      } else {
        throw usage("one script at a time; " + word + " is a second one");
      }
    }
    if (file == null) {
      throw usage("which script? give its file");
    }
    return new ReplayRequest(file, new RunOptions(Parameters.parse(params), keepGoing));
  }

  private static ParameterException usage(String message) {
    return new ParameterException(message, "/replay " + USAGE);
  }

  /** Words split at blanks; quotes group, and are dropped. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw usage("a quote is not closed");
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  @Override
  public String toString() {
    return "ReplayRequest["
        + file
        + ", "
        + options.parameters()
        + ", keepGoing="
        + options.keepGoing()
        + "]";
  }
}
