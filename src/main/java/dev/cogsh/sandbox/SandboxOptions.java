package dev.cogsh.sandbox;

import dev.cogsh.human.Masks;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * How to start a {@link Sandbox}. Build with {@link #builder()}; every field has a default.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless given explicitly
 * @param port the port, {@code 0} for a free one
 * @param users confirmed users ({@code --user NAME:PASSWORD})
 * @param usersNewPassword users in {@code FORCE_CHANGE_PASSWORD} ({@code --user-new-password})
 * @param usersTotp users with TOTP MFA ({@code --user-totp NAME:PASSWORD:BASE32})
 * @param usersSms users with SMS MFA ({@code --user-sms NAME:PASSWORD})
 * @param credsTtl the lifetime of Identity Pool credentials (1 h by default)
 * @param stateDir where users, identities and notes persist, or {@code null} for memory only
 * @param clientSecret the app client's secret, or {@code null} for a public client
 * @param stage the API stage ({@code prod})
 * @param region the region of every emulated service ({@code us-east-1})
 * @param clock the sandbox's clock (tests pass a fixed or mutable one)
 * @param random the source of salts, SRP secrets, keys and ids
 * @param log where to write one line per request, or {@code null} for silence
 * @param devices the pool's device tracking ({@code --devices}; off by default)
 * @param managedLogin the app client's callback URLs, sign-out URLs and allowed scopes
 * @param requestTimeout how long one request may take to arrive and be answered before the
 *     connection is dropped (30 s); process-wide, the first sandbox of a JVM sets it
 * @param hookToken the secret the test hooks ({@code /_sandbox/*}) require in {@code
 *     x-cogsh-sandbox-token}; random per instance unless given
 * @param apiKeys the API key of {@code /apikey/notes} and its usage plan's quota
 * @param corsOrigin the API's {@code Access-Control-Allow-Origin} ({@code --cors-origin}, {@code
 *     *})
 * @param limits how many notes and users the sandbox keeps ({@code --max-notes}, {@code
 *     --max-users})
 * @param emailAsUsername the pool signs in with e-mail addresses ({@code UsernameAttributes:
 *     [email]}, {@code --email-as-username}): a seeded user named like an address gets a UUID as
 *     its user name and the address as its {@code email}, and signs in with either
 * @param signIn token lifetimes and the custom-auth triggers ({@code --id-token-ttl}, {@code
 *     --refresh-token-ttl}, {@code --custom-challenge})
 */
public record SandboxOptions(
    String host,
    int port,
    List<SeedUser> users,
    List<SeedUser> usersNewPassword,
    List<SeedUser> usersTotp,
    List<SeedUser> usersSms,
    Duration credsTtl,
    Path stateDir,
    String clientSecret,
    String stage,
    String region,
    Clock clock,
    SecureRandom random,
    Consumer<String> log,
    DeviceTracking devices,
    ManagedLoginSettings managedLogin,
    Duration requestTimeout,
    String hookToken,
    ApiKeyPlan apiKeys,
    CorsSettings cors,
    StoreLimits limits,
    boolean emailAsUsername,
    SignInSettings signIn) {

  /** The user seeded when none is given. */
  public static final String DEMO_USER = "demo@example.com";

  /** The variable that fixes the hook token of the shell's sandbox (tests that drive the shell). */
  public static final String HOOK_TOKEN_VARIABLE = "COGSH_SANDBOX_HOOK_TOKEN";

  /** The password of {@link #DEMO_USER}. */
  public static final String DEMO_PASSWORD = "Passw0rd!";

  public SandboxOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    users = List.copyOf(users);
    usersNewPassword = List.copyOf(usersNewPassword);
    usersTotp = List.copyOf(usersTotp);
    usersSms = List.copyOf(usersSms);
    if (credsTtl.isNegative() || credsTtl.isZero()) {
      throw new IllegalArgumentException("the credentials lifetime must be positive");
    }
    if (!stage.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("a stage name is letters, digits, - and _: " + stage);
    }
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(devices, "devices");
    managedLogin = managedLogin == null ? ManagedLoginSettings.DEFAULTS : managedLogin;
    if (requestTimeout.compareTo(Duration.ofSeconds(2)) < 0) {
      throw new IllegalArgumentException("the request timeout must be 2 seconds or more");
    }
    apiKeys = apiKeys == null ? ApiKeyPlan.DEFAULT : apiKeys;
    if (hookToken == null || hookToken.length() < 16) {
      throw new IllegalArgumentException("the hook token must have 16 characters or more");
    }
    Objects.requireNonNull(cors, "cors");
    Objects.requireNonNull(limits, "limits");
    signIn = signIn == null ? SignInSettings.DEFAULTS : signIn;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every seeded user; the demo user when none was given. */
  public List<SeedUser> seedUsers() {
    List<SeedUser> all =
        Stream.of(users, usersNewPassword, usersTotp, usersSms).flatMap(List::stream).toList();
    return all.isEmpty()
        ? List.of(new SeedUser(DEMO_USER, DEMO_PASSWORD, SeedUser.Kind.CONFIRMED, null))
        : all;
  }

  /** Whether the demo user is seeded because no user was given. */
  public boolean demoUser() {
    return users.isEmpty()
        && usersNewPassword.isEmpty()
        && usersTotp.isEmpty()
        && usersSms.isEmpty();
  }

  @Override
  public String toString() {
    return "SandboxOptions[host="
        + host
        + ", port="
        + port
        + ", users="
        + seedUsers()
        + ", credsTtl="
        + credsTtl
        + ", stateDir="
        + stateDir
        + ", clientSecret="
        + Masks.secret(clientSecret)
        + ", stage="
        + stage
        + ", region="
        + region
        + ", devices="
        + devices.label()
        + ", requestTimeout="
        + requestTimeout
        + ", hookToken="
        + Masks.secret(hookToken)
        + ", cors="
        + cors
        + ", limits="
        + limits
        + ", signIn="
        + signIn
        + "]";
  }

  /** Builds {@link SandboxOptions}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private final List<SeedUser> users = new ArrayList<>();
    private final List<SeedUser> usersNewPassword = new ArrayList<>();
    private final List<SeedUser> usersTotp = new ArrayList<>();
    private final List<SeedUser> usersSms = new ArrayList<>();
    private Duration credsTtl = Duration.ofHours(1);
    private Path stateDir;
    private String clientSecret;
    private String stage = "prod";
    private String region = "us-east-1";
    private Clock clock = Clock.systemUTC();
    private SecureRandom random;
    private Consumer<String> log;
    private DeviceTracking devices = DeviceTracking.OFF;
    private ManagedLoginSettings managedLogin = ManagedLoginSettings.DEFAULTS;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private String hookToken;
    private SignInSettings signIn = SignInSettings.DEFAULTS;
    private ApiKeyPlan apiKeys = ApiKeyPlan.DEFAULT;
    private String corsOrigin = Cors.ANY_ORIGIN;
    private String corsHeaders = Cors.API_ALLOW_HEADERS;
    private StoreLimits limits = StoreLimits.DEFAULTS;
    private boolean emailAsUsername;

    private Builder() {}

    /** The API's {@code Access-Control-Allow-Origin}: {@code *} or one origin. */
    public Builder corsOrigin(String value) {
      corsOrigin = value;
      return this;
    }

    /** The API's {@code Access-Control-Allow-Headers}, comma-separated. */
    public Builder corsHeaders(String value) {
      corsHeaders = value;
      return this;
    }

    /** How many notes and users the sandbox keeps. */
    public Builder limits(StoreLimits value) {
      limits = value;
      return this;
    }

    /** ID and access tokens live {@code ttl} ({@code --id-token-ttl}; 1 h by default). */
    public Builder idTokenTtl(Duration ttl) {
      signIn = signIn.withIdTokenTtl(ttl);
      return this;
    }

    /** Access tokens live {@code ttl}, apart from ID tokens ({@code --access-token-ttl}). */
    public Builder accessTokenTtl(Duration ttl) {
      signIn = signIn.withAccessTokenTtl(ttl);
      return this;
    }

    /** Refresh tokens live {@code ttl} ({@code --refresh-token-ttl}; 30 days by default). */
    public Builder refreshTokenTtl(Duration ttl) {
      signIn = signIn.withRefreshTokenTtl(ttl);
      return this;
    }

    /**
     * Emulates custom-auth triggers that ask {@code QUESTION} and accept {@code ANSWER} ({@code
     * --custom-challenge 'QUESTION=ANSWER'}).
     */
    public Builder customChallenge(String questionAndAnswer) {
      signIn = signIn.withCustomChallenge(questionAndAnswer);
      return this;
    }

    /** The pool's device tracking ({@code --devices always|opt-in|off}). */
    public Builder devices(DeviceTracking value) {
      devices = value;
      return this;
    }

    public Builder host(String value) {
      host = value;
      return this;
    }

    public Builder port(int value) {
      port = value;
      return this;
    }

    /** Adds a confirmed user. */
    public Builder user(String name, String password) {
      users.add(new SeedUser(name, password, SeedUser.Kind.CONFIRMED, null));
      return this;
    }

    /** Adds a user whose first sign-in must set a new password. */
    public Builder userNewPassword(String name, String temporaryPassword) {
      usersNewPassword.add(new SeedUser(name, temporaryPassword, SeedUser.Kind.NEW_PASSWORD, null));
      return this;
    }

    /** Adds a user with TOTP MFA. */
    public Builder userTotp(String name, String password, String base32Secret) {
      usersTotp.add(new SeedUser(name, password, SeedUser.Kind.TOTP, base32Secret));
      return this;
    }

    /** Adds a user with SMS MFA. */
    public Builder userSms(String name, String password) {
      usersSms.add(new SeedUser(name, password, SeedUser.Kind.SMS, null));
      return this;
    }

    /** Adds a parsed seed user of any kind. */
    public Builder seed(SeedUser user) {
      switch (user.kind()) {
        case CONFIRMED -> users.add(user);
        case NEW_PASSWORD -> usersNewPassword.add(user);
        case TOTP -> usersTotp.add(user);
        case SMS -> usersSms.add(user);
        case RESET_REQUIRED -> users.add(user);
      }
      return this;
    }

    public Builder credsTtl(Duration value) {
      credsTtl = value;
      return this;
    }

    public Builder stateDir(Path value) {
      stateDir = value;
      return this;
    }

    public Builder clientSecret(String value) {
      clientSecret = value;
      return this;
    }

    public Builder stage(String value) {
      stage = value;
      return this;
    }

    public Builder region(String value) {
      region = value;
      return this;
    }

    public Builder clock(Clock value) {
      clock = value;
      return this;
    }

    public Builder random(SecureRandom value) {
      random = value;
      return this;
    }

    public Builder log(Consumer<String> value) {
      log = value;
      return this;
    }

    /** Also accepts {@code url} as a managed-login callback URL ({@code --callback-url}). */
    public Builder callbackUrl(String url) {
      managedLogin = managedLogin.withCallbackUrl(url);
      return this;
    }

    /** Also accepts {@code url} as a managed-login sign-out URL. */
    public Builder logoutUrl(String url) {
      managedLogin = managedLogin.withLogoutUrl(url);
      return this;
    }

    /** The scopes the app client may ask for ({@code --scopes}). */
    public Builder scopes(java.util.List<String> allowed) {
      managedLogin = managedLogin.withScopes(allowed);
      return this;
    }

    /** How long one request may take (process-wide: the first sandbox of a JVM sets it). */
    public Builder requestTimeout(Duration value) {
      requestTimeout = value;
      return this;
    }

    /** A fixed hook token instead of a random one (tests that start the sandbox elsewhere). */
    public Builder hookToken(String value) {
      hookToken = value;
      return this;
    }

    /** The API key {@code /apikey/notes} accepts and how many calls its usage plan allows. */
    public Builder apiKey(String key, int quota) {
      apiKeys = new ApiKeyPlan(key, quota);
      return this;
    }

    /** Users sign in with their e-mail address; their user names are UUIDs. */
    public Builder emailAsUsername() {
      emailAsUsername = true;
      return this;
    }

    public SandboxOptions build() {
      SecureRandom source = random == null ? new SecureRandom() : random;
      return new SandboxOptions(
          host,
          port,
          users,
          usersNewPassword,
          usersTotp,
          usersSms,
          credsTtl,
          stateDir,
          clientSecret,
          stage,
          region,
          clock,
          source,
          log,
          devices,
          managedLogin,
          requestTimeout,
          hookToken == null ? newToken(source) : hookToken,
          apiKeys,
          new CorsSettings(corsOrigin, corsHeaders),
          limits,
          emailAsUsername,
          signIn);
    }

    private static String newToken(SecureRandom source) {
      byte[] bytes = new byte[16];
      source.nextBytes(bytes);
      return java.util.HexFormat.of().formatHex(bytes);
    }
  }
}
