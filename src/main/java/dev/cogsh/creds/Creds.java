package dev.cogsh.creds;

import dev.cogsh.auth.Auth;
import dev.cogsh.auth.CognitoCallCount;
import dev.cogsh.config.Config;
import dev.cogsh.config.Environment;
import dev.cogsh.creds.CredsException.Reason;
import dev.cogsh.human.SecretKind;
import dev.cogsh.human.SecretSink;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The shell's {@code creds}: AWS credentials for signing API calls, by default from the Identity
 * Pool in exchange for the signed-in user's ID token.
 *
 * <pre>{@code
 * creds.get()            // reused until 60 s before Expiration, then exchanged again (one call)
 * creds.identityId(); creds.expiresIn(); creds.refresh()
 * creds.guest()          // an unauthenticated identity's credentials; creds.useIdentityPool() goes back
 * creds.useProfile("dev"); creds.useDefaultChain(); creds.use(accessKey, secretKey, sessionToken)
 * creds.source()         // which of those is active
 * }</pre>
 *
 * <p>Round trips: the first {@code get()} makes {@code GetId} and {@code GetCredentialsForIdentity}
 * (just the second when the identity id is cached); later calls make none until the credentials are
 * within the margin of their expiry; then one {@code GetCredentialsForIdentity} (plus the ID token
 * refresh {@code auth} makes when the token has expired too). Concurrent callers share one refresh.
 */
public final class Creds {

  /** Credentials closer than this to their expiry are replaced before use. */
  public static final Duration DEFAULT_MARGIN = Duration.ofSeconds(60);

  private final Config config;
  private final Auth auth;
  private final CognitoIdentityClient client;
  private final Clock clock;
  private final IdentityIdCache ids;
  private final Environment environment;
  private final Duration margin;
  private final IdentityPoolSource identityPool;
  private final UserWatch userWatch;
  private volatile Source active;
  private volatile SecretSink secrets = SecretSink.NONE;
  private volatile CallerIdentityLookup callerIdentity = CallerIdentityLookup.NONE;

  /** Credentials with the world injected; {@code identityCacheFile} may be {@code null}. */
  public Creds(
      Config config, Auth auth, CognitoIdentityClient client, Clock clock, Path identityCacheFile) {
    this(config, auth, client, clock, identityCacheFile, null, DEFAULT_MARGIN);
  }

  /**
   * Credentials with everything injected.
   *
   * @param identityCacheFile the opt-in identity id cache ({@code null}: memory only)
   * @param environment where {@code useProfile} and {@code useDefaultChain} look ({@code null}: the
   *     real one, read when first needed)
   * @param margin how long before {@code Expiration} credentials are replaced
   */
  public Creds(
      Config config,
      Auth auth,
      CognitoIdentityClient client,
      Clock clock,
      Path identityCacheFile,
      Environment environment,
      Duration margin) {
    this.config = Objects.requireNonNull(config, "config");
    this.auth = auth;
    this.client = client;
    this.clock = clock;
    this.ids = new IdentityIdCache(identityCacheFile);
    this.environment = environment;
    this.margin = margin;
    this.identityPool = new IdentityPoolSource(config, auth, client, clock, ids, margin, false);
    this.active = identityPool;
    this.userWatch = new UserWatch(identityPool::forget);
    if (auth != null) {
      auth.listen(userWatch);
    }
  }

  /** Identity Pool credentials over the SDK client of the pool's region; no disk cache. */
  public static Creds create(Config config, Auth auth) {
    return new Creds(config, auth, IdentityClients.create(config), Clock.systemUTC(), null);
  }

  /**
   * Like {@link #create(Config, Auth)}, with profiles read through {@code environment} and, when
   * {@code cacheIdentityIds}, identity ids kept in {@link Environment#identityCacheFile()} (owner
   * read/write only) so the next session skips {@code GetId}.
   */
  public static Creds create(
      Config config, Auth auth, Environment environment, boolean cacheIdentityIds) {
    return create(config, auth, environment, cacheIdentityIds, new CognitoCallCount());
  }

  /** As above, each Identity Pool call counted in {@code count}. */
  public static Creds create(
      Config config,
      Auth auth,
      Environment environment,
      boolean cacheIdentityIds,
      CognitoCallCount count) {
    return new Creds(
        config,
        auth,
        IdentityClients.create(config, count),
        Clock.systemUTC(),
        cacheIdentityIds ? environment.identityCacheFile() : null,
        environment,
        DEFAULT_MARGIN);
  }

  /** Valid credentials from the active source, refreshed when within the margin of expiry. */
  public AwsCredentials get() {
    return learned(active.get(false));
  }

  /** New credentials now, whatever the cache holds. */
  public AwsCredentials refresh() {
    return learned(active.get(true));
  }

  /**
   * Who AWS says the current credentials are ({@code sts:GetCallerIdentity}): account, assumed role
   * ARN and user id. The first thing to check when IAM says no.
   */
  public CallerIdentity whoami() {
    return callerIdentity.lookUp(get());
  }

  /** Sets how {@link #whoami()} asks STS (the session's composition root does). */
  public Creds callerIdentity(CallerIdentityLookup lookup) {
    this.callerIdentity = Objects.requireNonNull(lookup, "lookup");
    return this;
  }

  /** The Identity Pool identity of the current credentials ({@code null} for other sources). */
  public String identityId() {
    return get().identityId();
  }

  /** How long the current credentials stay valid; {@code null} when they never expire. */
  public Duration expiresIn() {
    return get().validFor(clock.instant());
  }

  /**
   * Switches to guest credentials: an unauthenticated identity of the identity pool (no {@code
   * Logins}), when the pool allows it. {@link #useIdentityPool()} switches back.
   */
  public AwsCredentials guest() {
    Source guest = new IdentityPoolSource(config, auth, client, clock, ids, margin, true);
    AwsCredentials credentials = learned(guest.get(true));
    active = guest;
    return credentials;
  }

  /** Switches back to the signed-in user's Identity Pool credentials (the default). */
  public void useIdentityPool() {
    active = identityPool;
  }

  /** Switches to an AWS profile ({@code ~/.aws/credentials}, {@code ~/.aws/config}). */
  public void useProfile(String name) {
    active = SdkSources.profile(name, environment());
  }

  /** Switches to the SDK's default chain: environment, profile, container, instance role. */
  public void useDefaultChain() {
    active = SdkSources.defaultChain(environment());
  }

  /** Switches to these keys ({@code sessionToken} may be {@code null} for long-term keys). */
  public void use(String accessKey, String secretKey, String sessionToken) {
    if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
      throw new CredsException(
          Reason.SOURCE,
          "creds.use needs an access key id and a secret key",
          "creds.use(\"AKIA…\", \"secret\", null), or with the session token of temporary keys");
    }
    AwsCredentials keys =
        learned(
            new AwsCredentials(
                accessKey.strip(), secretKey.strip(), sessionToken, null, null, "static keys"));
    active = new StaticSource(keys);
  }

  /** Switches to long-term keys without a session token. */
  public void use(String accessKey, String secretKey) {
    use(accessKey, secretKey, null);
  }

  /** Which source is active: {@code identity pool}, {@code profile dev}, {@code static keys}, … */
  public String source() {
    return active.name();
  }

  /** The refresh margin. */
  public Duration margin() {
    return margin;
  }

  /** The identity id cache file, when the user opted in. */
  public Optional<Path> identityCacheFile() {
    return ids.file();
  }

  /**
   * Remembers the session between processes in {@code file} under {@code key} (the opt-in {@code
   * remember}): takes up {@code recall}, what an earlier process kept ({@link SessionFile#read}),
   * into {@code auth} and these credentials, and keeps the file in step from now on.
   */
  public void remember(SessionFile file, RememberKey key, SessionFile.Recall recall) {
    IdentityPoolSource pool = identityPool;
    RememberedSession session = recall.session().orElse(null);
    if (session != null) {
      auth.restore(session.user(), session.tokens(), session.deviceKey());
      AwsCredentials kept = session.credentials();
      if (kept != null && kept.identityId() != null && config.identityPoolId() != null) {
        ids.put(
            IdentityIdCache.key(
                config.identityPoolId(), config.loginsKey(), session.tokens().idToken().subject()),
            kept.identityId());
      }
      if (session.credentialsValidAt(clock.instant(), margin)) {
        pool.seed(kept);
      }
    }
    SessionMemory memory = new SessionMemory(file, key, session, pool::forget);
    pool.onExchange(memory::exchanged);
    auth.listen(userWatch.then(memory));
  }

  /** {@code ASIA…WXYZ, identity us-east-1:5f0c…, expires in 58m 12s (source: identity pool)}. */
  @Override
  public String toString() {
    Source source = active;
    return source
        .cached()
        .map(c -> c.describe(clock.instant()))
        .orElse("no credentials yet (source: " + source.name() + "); creds.get() fetches them");
  }

  private Environment environment() {
    return environment != null ? environment : Environment.system();
  }

  /**
   * Reports the secret key and session token of every credential this object hands out or is given
   * from now on to {@code sink}: the session's registry, so that its redactor masks them.
   */
  public Creds secrets(SecretSink sink) {
    this.secrets = sink == null ? SecretSink.NONE : sink;
    return this;
  }

  private AwsCredentials learned(AwsCredentials credentials) {
    if (credentials != null) {
      secrets.learned(SecretKind.SECRET, credentials.secretKey());
      secrets.learned(SecretKind.TOKEN, credentials.sessionToken());
    }
    return credentials;
  }
}
