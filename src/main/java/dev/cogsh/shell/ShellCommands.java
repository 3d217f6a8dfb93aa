package dev.cogsh.shell;

/**
 * The standard command table. Each room's commands register themselves in one call here: the
 * shell's own ({@link StateCommands}), the session's ({@link SessionCommands}); replay and the
 * debugging commands add theirs the same way.
 */
public final class ShellCommands {

  private ShellCommands() {}

  /** The commands every shell has. */
  public static CommandTable standard(Connection connection) {
    CommandTable table = new CommandTable();
    StateCommands.registerHelp(table);
    SessionCommands.register(table, connection);
    StateCommands.register(table);
    return table;
  }
}
