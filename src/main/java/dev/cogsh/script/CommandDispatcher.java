package dev.cogsh.script;

/**
 * Runs a slash command line of a script as if it were typed at the prompt: the shell's command
 * table. The command prints its own output and errors.
 */
@FunctionalInterface
public interface CommandDispatcher {

  /**
   * Runs {@code line} ({@code /whoami}, {@code /diff}).
   *
   * @return whether it succeeded
   */
  boolean run(String line);
}
