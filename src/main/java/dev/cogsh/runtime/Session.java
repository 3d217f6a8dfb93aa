package dev.cogsh.runtime;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The one static bridge between the host and snippet code: the session objects ({@code auth},
 * {@code creds}, {@code api}) that the shell built, read by {@code startup.jsh} to bind them in the
 * snippets' scope.
 *
 * <p>This is the only mutable static state in cogsh, and it is set once: the shell calls {@link
 * #install} before the start-up scripts run, and a second call throws. Snippets run in the host JVM
 * on the application class loader (see {@code dev.cogsh.engine.Engine}), so {@code Session} in a
 * snippet is this very class and its objects are the host's own.
 *
 * <p>Each session object is a named, typed {@link Binding}; the typed accessors ({@code auth()},
 * {@code creds()}, {@code api()}) read the binding of their name.
 */
public final class Session {

  private static final AtomicReference<List<Binding>> INSTALLED = new AtomicReference<>();

  private Session() {}

  /**
   * One session object, bound in snippets as {@code <type> <name>}.
   *
   * @param name a Java identifier, e.g. {@code auth}
   * @param type the public type snippets see it as
   * @param value the object
   */
  public record Binding(String name, Class<?> type, Object value) {
    public Binding {
      if (!isIdentifier(name)) {
        throw new IllegalArgumentException("not a Java identifier: " + name);
      }
      if (!Modifier.isPublic(type.getModifiers())) {
        throw new IllegalArgumentException(type.getName() + " is not public");
      }
      if (!type.isInstance(value)) {
        throw new IllegalArgumentException(name + " is not a " + type.getName());
      }
    }

    @Override
    public String toString() {
      return name + ": " + type.getName();
    }

    private static boolean isIdentifier(String name) {
      return !name.isEmpty()
          && Character.isJavaIdentifierStart(name.charAt(0))
          && name.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
    }
  }

  /**
   * Installs the session objects. Call once, before the start-up scripts run.
   *
   * @throws IllegalStateException when they are installed already
   */
  public static void install(List<Binding> bindings) {
    List<Binding> copy = List.copyOf(bindings);
    long names = copy.stream().map(Binding::name).distinct().count();
    if (names != copy.size()) {
      throw new IllegalArgumentException("two session objects with one name: " + copy);
    }
    if (!INSTALLED.compareAndSet(null, copy)) {
      throw new IllegalStateException(
          "the session objects are installed already; Session.install is called once per JVM");
    }
  }

  /** Whether {@link #install} was called. */
  public static boolean isInstalled() {
    return INSTALLED.get() != null;
  }

  /** The installed session objects, in order; empty before {@link #install}. */
  public static List<Binding> bindings() {
    List<Binding> installed = INSTALLED.get();
    return installed == null ? List.of() : installed;
  }

  /**
   * The session object called {@code name}.
   *
   * @throws IllegalStateException when there is none
   */
  public static <T> T get(String name, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return bindings().stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .map(b -> type.cast(b.value()))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no session object called " + name + "; this session has " + bindings()));
  }

  /**
   * Java declarations that bind every installed object in a snippet's scope, one a line, e.g.
   * {@code dev.cogsh.auth.Auth auth = dev.cogsh.runtime.Session.get("auth",
   * dev.cogsh.auth.Auth.class);}.
   */
  public static String declarations() {
    return bindings().stream()
        .map(
            b -> {
              String type = b.type().getCanonicalName();
              return type
                  + " "
                  + b.name()
                  + " = "
                  + Session.class.getName()
                  + ".get(\""
                  + b.name()
                  + "\", "
                  + type
                  + ".class);\n";
            })
        .collect(Collectors.joining());
  }

  /** Forgets the installed objects; for tests that build several sessions in one JVM. */
  static void reset() {
    INSTALLED.set(null);
  }
}
