package dev.cogsh.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.cogsh.config.Config;
import dev.cogsh.config.JvmSettings;
import dev.cogsh.config.OauthSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox: a Cognito User Pool with real SRP, an Identity Pool and an IAM-authorized API
 * Gateway that verifies SigV4 like the real one, on one loopback HTTP server (DESIGN §3.3).
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().build())) {
 *   Config config = sandbox.config();   // endpoints point at the sandbox
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
  /**
   * Worker threads, made on demand and retired when idle: enough that slow or stalled clients (each
   * holds one until {@link SandboxOptions#requestTimeout()} drops it) cannot starve the rest.
   */
  static final int MAX_THREADS = 256;

  private final HttpServer server;
  private final ExecutorService executor;
  private final ScheduledExecutorService delayer;
  private final SandboxIds ids;
  private final SandboxOptions options;
  private final URI endpoint;
  final Stats stats;
  final NotesApi notes;
  final JwtKeys keys; // tests sign tokens with the pool's own key
  private final StartGate startWork;

  private Sandbox(
      HttpServer server,
      ExecutorService executor,
      ScheduledExecutorService delayer,
      SandboxIds ids,
      SandboxOptions options,
      Stats stats,
      NotesApi notes,
      JwtKeys keys,
      StartGate startWork) {
    this.server = server;
    this.startWork = startWork;
    this.executor = executor;
    this.delayer = delayer;
    this.ids = ids;
    this.options = options;
    this.stats = stats;
    this.notes = notes;
    this.keys = keys;
    InetSocketAddress address = server.getAddress();
    // bound to every interface (0.0.0.0, ::): the URL that works from this machine is loopback's
    String host =
        address.getAddress().isAnyLocalAddress()
            ? "127.0.0.1"
            : address.getAddress().getHostAddress();
    this.endpoint =
        URI.create(
            "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
  }

  /**
   * Starts a sandbox and returns once it answers; the RSA signing key is made in the background.
   *
   * @throws IOException when the port is taken or the state folder cannot be read
   */
  public static Sandbox start(SandboxOptions options) throws IOException {
    return start(options, true);
  }

  /**
   * Starts a sandbox whose start-up work (the RSA signing key, the seeded users' SRP verifiers)
   * waits until {@link #beginStartWork()} or its first request, whichever comes first: the shell's
   * way to keep that work off the CPU until its first prompt is out.
   *
   * @throws IOException when the port is taken or the state folder cannot be read
   */
  public static Sandbox startHeld(SandboxOptions options) throws IOException {
    return start(options, false);
  }

  /** Lets the start-up work of a {@linkplain #startHeld held} sandbox begin; else nothing. */
  public void beginStartWork() {
    startWork.open();
  }

  private static Sandbox start(SandboxOptions options, boolean beginStartWork) throws IOException {
    SandboxIds ids = new SandboxIds(options.region(), options.stage());
    StateStore store =
        options.stateDir() == null ? StateStore.memory() : StateStore.open(options.stateDir());
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            MAX_THREADS,
            MAX_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemon("cogsh-sandbox-"));
    executor.allowCoreThreadTimeOut(true);
    ScheduledExecutorService delayer =
        Executors.newSingleThreadScheduledExecutor(daemon("cogsh-sandbox-delay-"));
    StartGate startWork = new StartGate(executor, beginStartWork);
    try {
      RandomIds random = new RandomIds(options.random());
      JwtKeys keys = new JwtKeys(SigningKeys.load(store, options.random(), startWork));
      Stats stats = new Stats();
      Messages messages = new Messages(options.clock());
      Faults faults = new Faults();
      UserPool pool =
          new UserPool(
              ids, options.clientSecret(), options.random(), random, store, options.limits());
      pool.emailAsUsername(options.emailAsUsername());
      pool.seedInBackground(options.seedUsers(), startWork);
      TokenIssuer tokens =
          new TokenIssuer(ids, keys, options.clock(), random, store, options.signIn());
      PoolDevices devices =
          new PoolDevices(options.devices(), options.region(), options.clock(), random, store);
      ChallengeSessions challengeSessions = new ChallengeSessions(options.clock(), random);
      UserPoolSignIn signIn =
          new UserPoolSignIn(
              ids,
              pool,
              tokens,
              challengeSessions,
              messages,
              options.clock(),
              options.random(),
              random,
              new DeviceSignIn(devices, challengeSessions, options.random(), random),
              options.signIn());
      IdentityPool identityPool =
          new IdentityPool(ids, keys, options.clock(), options.credsTtl(), random, store);
      Cors cors = new Cors(options.cors());
      NotesApi notes = new NotesApi(options.clock(), random, store, options.limits());
      CodeDelivery delivery = new CodeDelivery(messages);
      AccountCodes accountCodes = new AccountCodes(options.clock(), random);
      UserAttributes userAttributes = new UserAttributes(store);
      CognitoService cognito =
          new CognitoService(
              signIn,
              new Accounts(pool, delivery, accountCodes, random, userAttributes),
              new SignedInAccounts(pool, tokens, userAttributes, accountCodes, delivery),
              new SoftwareTokens(pool, tokens, random, options.clock()),
              identityPool,
              new DeviceOperations(devices, tokens),
              stats,
              faults);
      ApiGateway api =
          new ApiGateway(
              ids,
              new SigV4Verifier(options.region(), identityPool, options.clock()),
              notes,
              stats,
              faults,
              new TokenAuthorizers(ids, keys, options.clock(), notes, options.apiKeys()),
              cors);
      AuthorizationCodes codes = new AuthorizationCodes(options.clock(), random);
      ManagedLogin managedLogin =
          new ManagedLogin(
              ids,
              options.managedLogin(),
              pool,
              codes,
              new OauthTokens(
                  ids, options.managedLogin(), options.clientSecret(), pool, tokens, codes),
              random,
              options.clock());
      JvmSettings.httpServerNoDelay(); // else each answer waits ~40 ms for a delayed ACK
      Duration requestTimeout = JvmSettings.httpServerRequestTimeout(options.requestTimeout());
      HttpServer server;
      try {
        server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
      } catch (java.net.BindException e) {
        throw new SandboxStartException(
            "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(),
            "pick another --port (0 for a free one), or stop what holds this one",
            e);
      }
      server.createContext(
          "/",
          new Router(
                  ids,
                  cognito,
                  api,
                  keys,
                  stats,
                  messages,
                  faults,
                  random,
                  delayer,
                  options.log(),
                  managedLogin,
                  maxDelay(requestTimeout),
                  new HookGuard(options.host(), options.hookToken()))
              .sts(
                  new StsService(
                      ids,
                      new SigV4Verifier(
                          options.region(), StsService.SERVICE, identityPool, options.clock()),
                      random))
              .iamServices(
                  new LambdaUrl(
                      ids,
                      new SigV4Verifier(
                          options.region(), LambdaUrl.SERVICE, identityPool, options.clock())),
                  new AppSync(
                      new SigV4Verifier(
                          options.region(), AppSync.SERVICE, identityPool, options.clock()),
                      notes))
              .cors(cors)
              .startWork(startWork));
      server.setExecutor(executor);
      server.start();
      return new Sandbox(server, executor, delayer, ids, options, stats, notes, keys, startWork);
    } catch (IOException | RuntimeException e) {
      stop(store.persistent(), delayer, executor);
      throw e;
    }
  }

  /** {@code http://127.0.0.1:PORT}: both Cognito endpoints ({@code POST /}) and the API's host. */
  public URI endpoint() {
    return endpoint;
  }

  /** A configuration that points cogsh at this sandbox; the user is the first seeded one. */
  public Config config() {
    return config(ids, endpoint, options.clientSecret(), options.seedUsers().get(0).name());
  }

  /** The configuration of a sandbox with these names at {@code endpoint}. */
  static Config config(SandboxIds ids, URI endpoint, String clientSecret, String username) {
    return new Config(
        ids.region(),
        ids.userPoolId(),
        ids.appClientId(),
        clientSecret,
        ids.identityPoolId(),
        URI.create(endpoint + "/" + ids.stage()),
        ids.region(),
        Config.EXECUTE_API,
        username,
        null,
        new Config.Endpoints(endpoint, endpoint),
        OauthSettings.of(endpoint),
        null,
        null);
  }

  /** The longest answer delay that still arrives before the request timeout drops it. */
  static long maxDelay(Duration requestTimeout) {
    return Math.max(0, Math.min(Router.MAX_DELAY_MS, requestTimeout.toMillis() - 1_000));
  }

  /**
   * The secret the test hooks ({@code /_sandbox/*}) require in the {@code x-cogsh-sandbox-token}
   * header; {@code cogsh sandbox --config-out} writes it as {@code sandboxHooks.token}.
   */
  public String hookToken() {
    return options.hookToken();
  }

  /**
   * The API key {@code /apikey/notes} requires ({@code --api-key}; a public demo key by default).
   */
  public String apiKey() {
    return options.apiKeys().key();
  }

  /** The options it started with. */
  public SandboxOptions options() {
    return options;
  }

  /** Stops answering at once and frees the port. */
  @Override
  public void close() {
    server.stop(0);
    stop(options.stateDir() != null, delayer, executor);
  }

  /**
   * Stops the threads. With a state folder it also waits (a few seconds at most) for them to end,
   * so that no background write (a seeded user, a signing key) lands in the folder after the
   * sandbox is closed or failed to start: the folder may be deleted or reused by then. Without one
   * nothing is written, and a shell that exits does not wait for a key it will never use.
   */
  private static void stop(boolean wait, ExecutorService... executors) {
    for (ExecutorService executor : executors) {
      executor.shutdownNow();
    }
    if (!wait) {
      return;
    }
    try {
      for (ExecutorService executor : executors) {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
