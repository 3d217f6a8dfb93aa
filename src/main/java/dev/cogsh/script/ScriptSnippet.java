package dev.cogsh.script;

import java.util.Objects;

/**
 * One step of a script: a Java snippet the compiler cut out, a slash command line, or the
 * unfinished tail of a file.
 *
 * @param file the script's name as the user gave it, for {@code FILE:LINE} reports
 * @param line the line (from 1) where the snippet's code starts, comments before it skipped
 * @param source the text to run: the snippet as the compiler cut it (a missing {@code ;} added), or
 *     the command line without its line break
 * @param kind what it is
 */
public record ScriptSnippet(String file, int line, String source, Kind kind) {

  /** What a step of a script is. */
  public enum Kind {
    /** Java, run by the engine. */
    JAVA,
    /** A slash command, run as if typed at the prompt. */
    COMMAND,
    /** The file ended inside a Java snippet: it fails when its turn comes. */
    INCOMPLETE
  }

  public ScriptSnippet {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    if (line < 1) {
      throw new IllegalArgumentException("lines count from 1: " + line);
    }
  }

  /** {@code notes-crud.jsh:12}. */
  public String location() {
    return file + ":" + line;
  }

  /** The source without the comments before its code: what a report shows. */
  public String code() {
    return source.substring(SourceText.codeStart(source)).strip();
  }
}
