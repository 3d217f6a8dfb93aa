package dev.cogsh.shell;

import dev.cogsh.session.OpenSession;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;
import org.jline.terminal.Terminal;

/**
 * Everything the shell takes from the world, injected in one place.
 *
 * @param terminal the terminal to read from and write to, or {@code null} when the input is piped
 *     (then {@code in}, {@code out} and {@code err} are used, with no prompt)
 * @param in the piped input (unused with a terminal)
 * @param out where values go without a terminal; also snippets' {@code System.out} then
 * @param err where errors go without a terminal; also snippets' {@code System.err} then
 * @param directories where the history and the user's start-up script are
 * @param version the banner's first words, e.g. {@code cogsh 0.1}
 * @param session what the shell works on: its target, configuration and objects (the caller opened
 *     it and closes it)
 * @param classPath the class path snippets compile against (the host's)
 * @param lineEditor the line editor on {@code terminal}, built beforehand, or {@code null}: the
 *     shell builds one
 */
public record ShellSetup(
    Terminal terminal,
    InputStream in,
    PrintStream out,
    PrintStream err,
    UserDirectories directories,
    String version,
    OpenSession session,
    String classPath,
    LineEditor lineEditor) {

  public ShellSetup {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(directories, "directories");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(classPath, "classPath");
    if (lineEditor != null && lineEditor.terminal() != terminal) {
      throw new IllegalArgumentException("the line editor is on another terminal");
    }
  }

  /** Whether the shell talks to a person at a terminal. */
  public boolean interactive() {
    return terminal != null;
  }

  /** A builder; every component but the terminal is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ShellSetup}. */
  public static final class Builder {
    private Terminal terminal;
    private InputStream in;
    private PrintStream out;
    private PrintStream err;
    private UserDirectories directories;
    private String version;
    private OpenSession session;
    private String classPath;
    private LineEditor lineEditor;

    private Builder() {}

    public Builder terminal(Terminal terminal) {
      this.terminal = terminal;
      return this;
    }

    public Builder in(InputStream in) {
      this.in = in;
      return this;
    }

    public Builder out(PrintStream out) {
      this.out = out;
      return this;
    }

    public Builder err(PrintStream err) {
      this.err = err;
      return this;
    }

    public Builder directories(UserDirectories directories) {
      this.directories = directories;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder session(OpenSession session) {
      this.session = session;
      return this;
    }

    /** The session given so far. */
    public OpenSession session() {
      return session;
    }

    public Builder classPath(String classPath) {
      this.classPath = classPath;
      return this;
    }

    /** The line editor on the terminal, built beforehand ({@link LineEditor#on}). */
    public Builder lineEditor(LineEditor lineEditor) {
      this.lineEditor = lineEditor;
      return this;
    }

    public ShellSetup build() {
      return new ShellSetup(
          terminal, in, out, err, directories, version, session, classPath, lineEditor);
    }
  }
}
