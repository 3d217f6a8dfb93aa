package dev.cogsh.runtime;

import dev.cogsh.api.Api;
import dev.cogsh.api.SandboxCodes;
import dev.cogsh.auth.Auth;
import dev.cogsh.creds.Creds;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one static bridge between the host and snippet code: the session objects the composition root
 * built ({@code dev.cogsh.session}), which snippets name {@code auth}, {@code creds}, {@code api}
 * and {@code sandbox} through the fields of {@link Bindings} ({@code startup.jsh} imports them
 * statically).
 *
 * <p>This registry, with the fields of {@link Bindings} that mirror it, is the only mutable static
 * state in cogsh, and it is set once per configuration: the session calls {@link #install} before
 * the user's start-up script runs, and a second {@code install} throws. The one way to change the
 * objects afterwards is {@link #replace}, which only {@code /config use NAME} calls when the user
 * switches the session to another profile; it sets the {@link Bindings} fields too, so snippets see
 * the new objects with nothing re-evaluated. Only {@link #install}, {@link #replace}, {@link
 * #installSandbox} and {@link #restoreBindings()} write the fields, and {@link #reset()} clears
 * them with the registry. A snippet that assigns a field changes only that field: {@link #auth()}
 * and the others read the registry. Snippets run in the host JVM on the application class loader
 * (see {@code dev.cogsh.engine.Engine}), so {@code Session} in a snippet is this very class and
 * {@code Session.auth()} is the host's own {@link Auth}.
 */
public final class Session {

  private record Installed(Auth auth, Creds creds, Api api) {}

  private static final AtomicReference<Installed> INSTALLED = new AtomicReference<>();

  private static final AtomicReference<SandboxCodes> SANDBOX =
      new AtomicReference<>(SandboxCodes.none());

  private Session() {}

  /**
   * Sets the codes of the session's sandbox ({@code sandbox} in snippets); {@link
   * SandboxCodes#none()} when it runs on none. The session sets it with the objects.
   */
  public static void installSandbox(SandboxCodes codes) {
    SANDBOX.set(Objects.requireNonNull(codes, "codes"));
    Bindings.setSandbox(codes);
  }

  /** The codes the session's sandbox sent ({@code sandbox.lastCode(user)} in snippets). */
  public static SandboxCodes sandbox() {
    return SANDBOX.get();
  }

  /**
   * Installs the session objects. Call once, before the start-up scripts run.
   *
   * @throws IllegalStateException when they are installed already
   */
  public static void install(Auth auth, Creds creds, Api api) {
    Installed objects =
        new Installed(
            Objects.requireNonNull(auth, "auth"),
            Objects.requireNonNull(creds, "creds"),
            Objects.requireNonNull(api, "api"));
    if (!INSTALLED.compareAndSet(null, objects)) {
      throw new IllegalStateException(
          "the session objects are installed already: Session.install is called once per JVM");
    }
    Bindings.set(objects.auth(), objects.creds(), objects.api());
  }

  /**
   * Replaces the installed session objects with ones built for another configuration ({@code
   * /config use NAME}); nothing else calls it. The old objects are simply dropped: snippets that
   * kept a reference to them keep the old configuration.
   *
   * @throws IllegalStateException when nothing is installed yet (start-up installs first)
   */
  public static void replace(Auth auth, Creds creds, Api api) {
    Installed objects =
        new Installed(
            Objects.requireNonNull(auth, "auth"),
            Objects.requireNonNull(creds, "creds"),
            Objects.requireNonNull(api, "api"));
    Installed before = INSTALLED.get();
    if (before == null || !INSTALLED.compareAndSet(before, objects)) {
      throw new IllegalStateException(
          "no session objects to replace: Session.install runs first, at start-up");
    }
    Bindings.set(objects.auth(), objects.creds(), objects.api());
  }

  /**
   * Copies the registry into the {@link Bindings} fields again, undoing what snippets assigned to
   * them ({@code /reset} calls it); does nothing before {@link #install}.
   */
  public static void restoreBindings() {
    Installed objects = INSTALLED.get();
    if (objects != null) {
      Bindings.set(objects.auth(), objects.creds(), objects.api());
    }
    Bindings.setSandbox(SANDBOX.get());
  }

  /** Whether {@link #install} was called. */
  public static boolean isInstalled() {
    return INSTALLED.get() != null;
  }

  /** The session's sign-in ({@code auth} in snippets). */
  public static Auth auth() {
    return installed().auth();
  }

  /** The session's AWS credentials ({@code creds} in snippets). */
  public static Creds creds() {
    return installed().creds();
  }

  /** The session's signed HTTP calls ({@code api} in snippets). */
  public static Api api() {
    return installed().api();
  }

  private static Installed installed() {
    Installed objects = INSTALLED.get();
    if (objects == null) {
      throw new IllegalStateException(
          "no session objects: the shell installs them before its first snippet runs");
    }
    return objects;
  }

  /** Forgets the installed objects; for tests that build several sessions in one JVM. */
  static void reset() {
    INSTALLED.set(null);
    SANDBOX.set(SandboxCodes.none());
    Bindings.set(null, null, null);
    Bindings.setSandbox(SandboxCodes.none());
  }
}
