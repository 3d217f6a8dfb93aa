package dev.cogsh.script;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A script to run: its name for reports and its text.
 *
 * @param name the file as the user named it ({@code scripts/examples/notes-crud.jsh})
 * @param text the source
 */
public record Script(String name, String text) {

  public Script {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Reads a script file (UTF-8).
   *
   * @param path where it is
   * @param name how reports name it, usually the path as given
   * @throws ScriptException when it is missing, a folder, unreadable or not UTF-8
   */
  public static Script read(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new ScriptException(
          name + " is a folder, not a script", "name a .jsh file, e.g. " + name + "/scenario.jsh");
    }
    try {
      return new Script(name, Files.readString(path));
    } catch (NoSuchFileException e) {
      throw new ScriptException(
          "no such script: " + name, "check the path (it is relative to the working folder)");
    } catch (MalformedInputException e) {
      throw new ScriptException(name + " is not UTF-8 text", "save it as UTF-8");
    } catch (IOException e) {
      throw new ScriptException(
          "cannot read " + name + ": " + e.getMessage(), "check the file's permissions");
    }
  }
}
