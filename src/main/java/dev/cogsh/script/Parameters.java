package dev.cogsh.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The parameters of one run ({@code --param NAME=VALUE}), read by snippets with {@link
 * Scenario#param(String)}. Immutable; values may be secrets, so {@link #toString()} shows names
 * only.
 *
 * <h2>How a snippet reaches them</h2>
 *
 * Snippet code can reach host objects only through static members: JShell compiles each snippet
 * into a class of its own. So the parameters of the run in progress are kept in one {@link
 * InheritableThreadLocal}, set by {@link ScriptRunner} for exactly the duration of a run (and
 * restored afterwards, so that a {@code /replay} inside a replayed script gets its own). It is
 * inheritable because the engine runs each snippet on a thread it starts for that snippet (JShell's
 * local execution), which inherits it from the thread that called the engine. Outside a run there
 * are no parameters and {@link Scenario#param(String)} says how to pass one.
 */
public final class Parameters {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
  private static final InheritableThreadLocal<Parameters> CURRENT = new InheritableThreadLocal<>();

  /** No parameters. */
  public static final Parameters NONE = new Parameters(Map.of());

  private final Map<String, String> values;

  private Parameters(Map<String, String> values) {
    this.values = values;
  }

  /** Parameters with these values (names checked). */
  public static Parameters of(Map<String, String> values) {
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          requireName(name);
          copy.put(name, Objects.requireNonNull(value, name));
        });
    return new Parameters(java.util.Collections.unmodifiableMap(copy));
  }

  /**
   * Parses {@code NAME=VALUE} arguments, later ones winning.
   *
   * @throws ParameterException for an argument without {@code =} or with a bad name
   */
  public static Parameters parse(List<String> arguments) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (equals <= 0) {
        // the value may be a secret: show the name part only
        String shown = equals == 0 ? "=…" : argument.length() > 40 ? "…" : argument;
        throw new ParameterException(
            "--param takes NAME=VALUE, got '" + shown + "'",
            "write it as --param NAME=VALUE, e.g. --param PASSWORD=\"$PASSWORD\"");
      }
      String name = argument.substring(0, equals);
      requireName(name);
      values.put(name, argument.substring(equals + 1));
    }
    return of(values);
  }

  private static void requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new ParameterException(
          "a parameter name is letters, digits, '_', '.' and '-', starting with a letter: '"
              + name
              + "'",
          "write it as --param NAME=VALUE, e.g. --param USER=demo@example.com");
    }
  }

  /** These parameters with {@code more} laid over them. */
  public Parameters with(Parameters more) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.putAll(more.values);
    return new Parameters(java.util.Collections.unmodifiableMap(copy));
  }

  /** A parameter's value, if given. */
  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The names given, in order. */
  public Set<String> names() {
    return values.keySet();
  }

  /** Whether none are given. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Runs {@code action} with these as the current run's parameters, then restores the previous. */
  public <T> T runWith(Supplier<T> action) {
    Parameters previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** The parameters of the run in progress on this thread, if any. */
  static Optional<Parameters> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  @Override
  public String toString() {
    return "Parameters" + values.keySet();
  }
}
