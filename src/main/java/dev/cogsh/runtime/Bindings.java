package dev.cogsh.runtime;

import dev.cogsh.api.Api;
import dev.cogsh.api.SandboxCodes;
import dev.cogsh.auth.Auth;
import dev.cogsh.creds.Creds;

/**
 * The session objects as snippets name them: {@code startup.jsh} imports these fields statically
 * ({@code import static dev.cogsh.runtime.Bindings.*;}), one compilation instead of one variable
 * declaration (a compilation, a class load and an execution) per object.
 *
 * <p>The fields are part of {@link Session}'s registry: only {@link Session#install}, {@link
 * Session#replace} and {@link Session#installSandbox} set them (and {@link
 * Session#restoreBindings()} copies the registry into them again), so after {@code /config use}
 * snippets see the new objects with nothing re-evaluated. They mirror the registry rather than
 * being it: a snippet that assigns one ({@code auth = null}) changes what later snippets see, as it
 * would change a variable, but never {@link Session#auth()}. A snippet's own variable of the same
 * name ({@code var api = …}) shadows the field, since JShell imports its variables one by one.
 * Before {@link Session#install} they are {@code null}; the shell's first snippet waits for the
 * installation, so a snippet never sees that.
 */
public final class Bindings {

  /** The session's sign-in. */
  public static volatile Auth auth;

  /** The session's AWS credentials. */
  public static volatile Creds creds;

  /** The session's signed HTTP calls. */
  public static volatile Api api;

  /** The codes the session's sandbox "sent": {@code sandbox.lastCode("ada@example.com")}. */
  public static volatile SandboxCodes sandbox = SandboxCodes.none();

  private Bindings() {}

  /** Sets the three objects; {@code null}s clear them ({@link Session} only). */
  static void set(Auth auth, Creds creds, Api api) {
    Bindings.auth = auth;
    Bindings.creds = creds;
    Bindings.api = api;
  }

  /** Sets the sandbox's codes ({@link Session} only). */
  static void setSandbox(SandboxCodes codes) {
    Bindings.sandbox = codes;
  }
}
