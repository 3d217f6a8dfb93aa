package dev.cogsh.shell;

import dev.cogsh.runtime.Session;
import java.util.List;

/**
 * Builds the session objects ({@code auth}, {@code creds}, {@code api}) that the shell installs in
 * {@link Session}. {@link #create} runs on the engine's background thread, so that building SDK
 * clients never delays the first prompt.
 */
public interface SessionObjects {

  /** The names the objects will be bound as, for the banner and the highlighter. */
  List<String> names();

  /** Builds the objects; {@code prompter} asks the user for passwords and codes. */
  List<Session.Binding> create(Prompter prompter);

  /** No session objects: plain Java. */
  static SessionObjects none() {
    return new SessionObjects() {
      @Override
      public List<String> names() {
        return List.of();
      }

      @Override
      public List<Session.Binding> create(Prompter prompter) {
        return List.of();
      }
    };
  }
}
