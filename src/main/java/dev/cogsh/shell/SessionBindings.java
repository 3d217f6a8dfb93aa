package dev.cogsh.shell;

import dev.cogsh.engine.Variable;
import dev.cogsh.runtime.Bindings;
import dev.cogsh.runtime.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The session objects as {@code /vars} lists them: snippets see them through the fields of {@link
 * Bindings} that {@code startup.jsh} imports statically, not as JShell variables, so the shell
 * lists them itself, first, the way JShell would list variables ({@code Auth auth = Auth[…]}).
 */
final class SessionBindings {

  private SessionBindings() {}

  /**
   * The bindings snippets see, then {@code declared} (JShell's variables); a binding a variable of
   * the same name shadows ({@code var api = …}) is left out, as JShell leaves out a replaced
   * variable. Nothing of the session before it is installed.
   */
  static List<Variable> withVariables(List<Variable> declared) {
    List<Variable> all = new ArrayList<>();
    if (Session.isInstalled()) {
      Set<String> shadowing = declared.stream().map(Variable::name).collect(Collectors.toSet());
      for (Variable binding : bindings()) {
        if (!shadowing.contains(binding.name())) {
          all.add(binding);
        }
      }
    }
    all.addAll(declared);
    return List.copyOf(all);
  }

  private static List<Variable> bindings() {
    return List.of(
        new Variable("auth", "Auth", String.valueOf(Bindings.auth)),
        new Variable("creds", "Creds", String.valueOf(Bindings.creds)),
        new Variable("api", "Api", String.valueOf(Bindings.api)),
        new Variable("sandbox", "SandboxCodes", String.valueOf(Bindings.sandbox)));
  }
}
