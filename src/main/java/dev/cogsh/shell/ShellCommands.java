package dev.cogsh.shell;

import dev.cogsh.config.Environment;
import java.nio.file.Path;
import java.util.Map;

/**
 * The standard command table. Each room's commands register themselves in one call here: the
 * shell's own ({@link StateCommands}), the session's ({@link SessionCommands}); replay and the
 * debugging commands add theirs the same way.
 */
public final class ShellCommands {

  private ShellCommands() {}

  /** The commands every shell has; script paths relative to the process's working directory. */
  public static CommandTable standard(Connection connection) {
    Environment process = Environment.system();
    return standard(connection, process.cwd(), process.home());
  }

  /**
   * The commands every shell has.
   *
   * @param base what relative script paths ({@code /replay FILE}) are relative to
   * @param home what {@code ~/} stands for when completing them
   */
  public static CommandTable standard(Connection connection, Path base, Path home) {
    return standard(
        connection, SessionConfig.fixed(new Environment(Map.of(), base, home)), base, home);
  }

  /**
   * The commands every shell has, {@code /config use NAME} switching within {@code configuration}.
   *
   * @param base what relative script paths ({@code /replay FILE}) are relative to
   * @param home what {@code ~/} stands for when completing them
   */
  public static CommandTable standard(
      Connection connection, SessionConfig configuration, Path base, Path home) {
    CommandTable table = new CommandTable();
    StateCommands.registerHelp(table);
    SessionCommands.register(table, connection);
    ConfigCommands.register(table, configuration, new PathCompletion(base, home));
    StateCommands.register(table);
    ReplayCommands.register(table, base, home);
    DebugCommands.register(table);
    return table;
  }
}
