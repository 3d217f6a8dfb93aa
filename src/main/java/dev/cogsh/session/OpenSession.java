package dev.cogsh.session;

import dev.cogsh.api.HttpTransport;
import dev.cogsh.api.SandboxCodes;
import dev.cogsh.auth.ChallengeAnswers;
import dev.cogsh.auth.CognitoCallCount;
import dev.cogsh.auth.Prompter;
import dev.cogsh.auth.ScriptedAnswers;
import dev.cogsh.config.Config;
import dev.cogsh.config.ConfigException;
import dev.cogsh.config.Environment;
import dev.cogsh.config.ResolvedConfig;
import dev.cogsh.creds.Creds;
import dev.cogsh.creds.RememberKey;
import dev.cogsh.creds.SessionFile;
import dev.cogsh.human.Redactor;
import dev.cogsh.human.SecretRegistry;
import dev.cogsh.runtime.Session;
import dev.cogsh.sandbox.Sandbox;
import dev.cogsh.sandbox.SandboxOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A session {@link SessionFactory} opened: its configuration, the sandbox it started, what it
 * targets, the one HTTP transport of its {@code api}, and the objects once {@link #install}ed.
 * Closing it stops the transport and the sandbox.
 */
public final class OpenSession implements AutoCloseable {

  private static final SessionFile.Recall NOTHING_REMEMBERED =
      new SessionFile.Recall(Optional.empty(), null);

  /** The names snippets know the objects by ({@code dev.cogsh.runtime.Bindings}). */
  public static final List<String> NAMES = List.of("auth", "creds", "api");

  private final SessionRequest request;
  private final Sandbox sandbox;
  private final HttpTransport transport = new HttpTransport();
  private final CognitoCallCount cognitoCalls = new CognitoCallCount();
  private volatile ResolvedConfig resolved;
  private volatile SessionTarget target;
  private volatile ChallengeAnswers answers;
  private volatile SessionObjects objects;
  private volatile boolean remember;
  private volatile SessionFile.Recall recall = NOTHING_REMEMBERED;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final SecretRegistry registry = new SecretRegistry();
  private final Redactor redactor = new Redactor(registry);

  /**
   * @param resolved {@code null} for a configuration given as is
   * @param sandbox {@code null} when the session runs without the built-in sandbox
   */
  OpenSession(
      SessionRequest request, ResolvedConfig resolved, Sandbox sandbox, SessionTarget target) {
    this.request = request;
    this.resolved = resolved;
    this.sandbox = sandbox;
    this.target = target;
    this.remember = request.remember() || resolved != null && resolved.remember();
    if (remember) {
      recall = recall(target); // a small file read, so the banner can say what was remembered
    }
    SessionSecrets.registerKnown(this, registry);
  }

  /**
   * The session's one secret registry: every secret it learns (the configuration's, the
   * environment's, prompted, written as a literal, received from Cognito or STS) is in it.
   */
  public SecretRegistry registry() {
    return registry;
  }

  /**
   * The session's one redactor, over {@link #registry()}: every byte that leaves goes through it.
   */
  public Redactor redactor() {
    return redactor;
  }

  /** What the session targets now. */
  public SessionTarget target() {
    return target;
  }

  /** The configuration in use, if it was resolved from flags, environment and files. */
  public Optional<ResolvedConfig> resolved() {
    return Optional.ofNullable(resolved);
  }

  /** Where files are read and written, and the variables the session was built from. */
  public Environment environment() {
    return request.environment();
  }

  /** Where the session's sandbox listens, if it started one. */
  public Optional<URI> sandbox() {
    return Optional.ofNullable(sandbox).map(Sandbox::endpoint);
  }

  /** The token of its sandbox's test hooks ({@code x-cogsh-sandbox-token}), if it started one. */
  public Optional<String> sandboxHookToken() {
    return Optional.ofNullable(sandbox).map(Sandbox::hookToken);
  }

  /** The profiles of the configuration file in use. */
  public List<String> profiles() {
    ResolvedConfig current = resolved;
    return current == null ? List.of() : current.profiles();
  }

  /** Problems worth showing that did not stop the configuration from loading. */
  public List<String> warnings() {
    ResolvedConfig current = resolved;
    return current == null ? List.of() : current.warnings();
  }

  /** Values never to print: the configured password, seeded users' passwords, the TOTP secret. */
  public List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    if (sandbox != null) {
      sandbox.options().seedUsers().forEach(u -> secrets.add(u.password()));
    }
    if (target.config().password() != null) {
      secrets.add(target.config().password());
    }
    totpSecret().ifPresent(secrets::add);
    return List.copyOf(secrets);
  }

  /** The HTTP requests {@code api} sent so far, every attempt counted. */
  public long requests() {
    return transport.sent();
  }

  /** The calls {@code auth} and {@code creds} sent to Cognito so far, every attempt counted. */
  public long cognitoCalls() {
    return cognitoCalls.sent();
  }

  /**
   * Builds {@code auth}, {@code creds} and {@code api} for the target and installs them in {@link
   * Session} for snippets. Slow (SDK clients): the shell calls it on a background thread.
   *
   * @param prompter asks for passwords and codes when the session asks (the shell's terminal)
   */
  public void install(Prompter prompter) {
    if (sandbox != null) {
      sandbox.beginStartWork(); // held until now, off the way to the shell's first prompt
    }
    ChallengeAnswers chosen =
        request.answers() == SessionRequest.Answers.ASK
            ? ChallengeAnswers.interactive(SessionSecrets.registering(prompter, registry))
            : scripted();
    SessionObjects built =
        SessionFactory.objects(
            target.config(), chosen, environment(), transport, registry, cognitoCalls);
    trust(built, resolved);
    answers = chosen;
    if (remember) {
      rememberIn(built, target, recall);
    }
    objects = built;
    Session.install(built.auth(), built.creds(), built.api());
    Session.installSandbox(sandboxCodes());
  }

  /**
   * The codes of the session's sandbox, or of one started apart on this machine whose hook token is
   * set ({@code COGSH_SANDBOX_HOOK_TOKEN}) or in the configuration file ({@code sandboxHooks.token}
   * of its {@code --config-out}).
   */
  private SandboxCodes sandboxCodes() {
    if (sandbox != null) {
      return SandboxCodes.at(sandbox.endpoint(), sandbox.hookToken(), transport);
    }
    URI idp = target.config().endpoints().cognitoIdp();
    if (idp == null || !loopback(idp.getHost())) {
      return SandboxCodes.none();
    }
    ResolvedConfig current = resolved;
    return environment()
        .variable(SandboxOptions.HOOK_TOKEN_VARIABLE)
        .or(() -> current == null ? Optional.empty() : current.sandboxHookToken())
        .map(token -> SandboxCodes.at(idp, token, transport))
        .orElse(SandboxCodes.none());
  }

  private static boolean loopback(String host) {
    return host != null
        && (host.equals("localhost") || host.startsWith("127.") || host.matches("\\[?::1]?"));
  }

  /**
   * Switches to profile {@code name} of the configuration file ({@code null}: its top level), as
   * {@code /config use} does: new objects in {@link Session} (signed out), the same sandbox and
   * transport. Snippets see them at once: {@link Session#replace} sets the fields they import.
   *
   * @return the new target
   * @throws SessionException when it cannot; then nothing changed
   */
  public SessionTarget use(String name) throws SessionException {
    ResolvedConfig current = resolved;
    ChallengeAnswers asking = answers;
    if (current == null) {
      throw new SessionException(
          "this session's configuration was given to it and cannot change", null);
    }
    Environment environment = environment();
    if (current.file().isEmpty()
        && !Files.isRegularFile(environment.projectConfigFile())
        && !Files.isRegularFile(environment.userConfigFile())) {
      throw new SessionException(
          "there are no profiles: this session has no configuration file (it runs on "
              + (sandbox != null ? "the built-in sandbox" : "flags and environment")
              + ")",
          "/config import PATH writes ./cogsh.json from the front end's src/config.js,"
              + " aws-exports.js or amplify_outputs.json; --profile NAME makes it a profile");
    }
    if (asking == null) {
      throw new SessionException(
          "the session objects were never built, so they cannot be rebuilt",
          "see the start-up message; restart cogsh");
    }
    ResolvedConfig next;
    try {
      next = current.withProfile(name);
    } catch (ConfigException e) {
      throw new SessionException(e.getMessage(), e.hint(), e);
    }
    if (next.useSandbox() && sandbox == null) {
      throw new SessionException(
          (name == null ? "the top level" : "profile " + name)
              + " configures no user pool, identity pool or API; the built-in sandbox only"
              + " starts with cogsh",
          "give it an apiUrl and the pool ids, or restart with cogsh --sandbox");
    }
    SessionTarget switched = SessionFactory.target(request, next, sandbox);
    SessionSecrets.registerConfig(switched.config(), registry);
    SessionObjects built;
    try {
      built =
          SessionFactory.objects(
              switched.config(), asking, environment, transport, registry, cognitoCalls);
      trust(built, next);
    } catch (RuntimeException | LinkageError e) {
      throw new SessionException("the session objects could not be built: " + e, null, e);
    }
    if (remember) {
      recall = recall(switched);
      rememberIn(built, switched, recall);
    }
    objects = built;
    Session.replace(built.auth(), built.creds(), built.api());
    resolved = next;
    target = switched;
    return switched;
  }

  /**
   * The objects of a headless command ({@link Headless}): scripted answers, and the remembered
   * session taken up when there is one, whether or not this run asked to remember (it is kept in
   * step, refreshed tokens and credentials written back). Nothing new is remembered unless asked.
   */
  SessionObjects headlessObjects() {
    SessionFile.Recall found = remember ? recall : recall(target);
    SessionObjects built =
        SessionFactory.objects(
            target.config(), scripted(), environment(), transport, registry, cognitoCalls);
    trust(built, resolved);
    if (remember || found.session().isPresent()) {
      rememberIn(built, target, found);
    }
    objects = built;
    return built;
  }

  /** Whether the session is kept between runs ({@code --remember}, {@code remember: true}). */
  public boolean remembering() {
    return remember;
  }

  /**
   * The banner's line about the remembered session: which one is in use and until when, or why none
   * is (a corrupt file, another user); empty when not remembering or nothing to say.
   */
  public Optional<String> rememberedLine() {
    return remember ? recall.line(Instant.now(), Creds.DEFAULT_MARGIN) : Optional.empty();
  }

  /**
   * Turns remembering on for this session ({@code /remember}): when signed in, the session is
   * written at once; when not, a session remembered earlier is taken up.
   *
   * @return what happened, in a line
   * @throws SessionException when there is nothing to key a session on, or no objects yet
   */
  public String remember() throws SessionException {
    SessionObjects built = objects;
    if (built == null) {
      throw new SessionException(
          "the session objects were never built", "see the start-up message; restart cogsh");
    }
    SessionTarget current = target;
    RememberKey key =
        key(current)
            .orElseThrow(
                () ->
                    new SessionException(
                        "there is no user pool and app client to remember a session for",
                        "configure userPoolId and appClientId (cogsh.json or COGSH_* variables)"));
    boolean already = remember;
    remember = true;
    if (!already) {
      recall = built.auth().signedIn() ? NOTHING_REMEMBERED : recall(current);
      rememberIn(built, current, recall);
    }
    Path file = new SessionFile(environment().sessionsDir()).path(key);
    return (already ? "already remembering" : "remembering")
        + " the session in "
        + environment().display(file)
        + " (owner-only); auth.logout() or cogsh logout deletes it"
        + recall.line(Instant.now(), Creds.DEFAULT_MARGIN).map(l -> "\n" + l).orElse("");
  }

  /** Where this session is remembered, when it can be. */
  public Optional<Path> rememberedFile() {
    return key(target).map(k -> new SessionFile(environment().sessionsDir()).path(k));
  }

  /** The configuration file's {@code trustedHosts}, trusted by the new {@code api}. */
  private static void trust(SessionObjects built, ResolvedConfig from) {
    if (from != null) {
      built.api().trustHosts(from.trustedHosts());
    }
  }

  private SessionFile.Recall recall(SessionTarget on) {
    return key(on)
        .map(k -> new SessionFile(environment().sessionsDir()).read(k, on.config().username()))
        .orElse(NOTHING_REMEMBERED);
  }

  private void rememberIn(SessionObjects built, SessionTarget on, SessionFile.Recall taken) {
    key(on)
        .ifPresent(
            k -> built.creds().remember(new SessionFile(environment().sessionsDir()), k, taken));
  }

  private Optional<RememberKey> key(SessionTarget on) {
    Config config = on.config();
    if (config.userPoolId() == null || config.appClientId() == null) {
      return Optional.empty();
    }
    ResolvedConfig current = resolved;
    String profile = current == null ? null : current.profile().orElse(null);
    return Optional.of(RememberKey.of(profile, config));
  }

  private ChallengeAnswers scripted() {
    ScriptedAnswers scripted = ChallengeAnswers.scripted();
    return totpSecret().map(scripted::withTotpSecret).orElse(scripted);
  }

  private Optional<String> totpSecret() {
    if (request.answers() != SessionRequest.Answers.SCRIPTED) {
      return Optional.empty();
    }
    return environment()
        .variable(SessionRequest.TOTP_SECRET_VARIABLE)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  /** Stops the HTTP transport and the sandbox; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    transport.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
