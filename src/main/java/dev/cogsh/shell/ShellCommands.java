package dev.cogsh.shell;

import dev.cogsh.session.OpenSession;
import java.nio.file.Path;

/**
 * The standard command table. Each room's commands register themselves in one call here: the
 * shell's own ({@link StateCommands}), the session's ({@link SessionCommands}); replay and the
 * debugging commands add theirs the same way.
 */
public final class ShellCommands {

  private ShellCommands() {}

  /**
   * The commands every shell has; script paths are relative to the session's working directory, and
   * {@code ~/} in them is its home.
   */
  public static CommandTable standard(OpenSession session) {
    return standard(session, session.environment().cwd(), session.environment().home());
  }

  /**
   * The commands every shell has.
   *
   * @param base what relative script paths ({@code /replay FILE}) are relative to
   * @param home what {@code ~/} stands for when completing them
   */
  public static CommandTable standard(OpenSession session, Path base, Path home) {
    CommandTable table = new CommandTable();
    StateCommands.registerHelp(table);
    SessionCommands.register(table, session);
    ConfigCommands.register(table, session, new PathCompletion(base, home));
    StateCommands.register(table);
    ReplayCommands.register(table, base, home);
    DebugCommands.register(table);
    CodesCommand.register(table);
    return table;
  }
}
