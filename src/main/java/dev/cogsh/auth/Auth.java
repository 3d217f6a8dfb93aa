package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.config.Config;
import dev.cogsh.human.SecretKind;
import dev.cogsh.human.SecretSink;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The shell's {@code auth}: signs in to a Cognito User Pool and keeps the tokens fresh.
 *
 * <pre>{@code
 * auth.login()                          // asks for the user name and password (masked)
 * auth.login("ada@example.com", pw)     // USER_SRP_AUTH, the password never leaves this process
 * auth.loginWithPassword(user, pw)      // USER_PASSWORD_AUTH
 * auth.answer("123456")                 // continue a sign-in paused at a challenge
 * auth.newPassword("N3w-Passw0rd!")     // ...at NEW_PASSWORD_REQUIRED
 * auth.totp("JBSWY3DPEHPK3PXP")         // generate SOFTWARE_TOKEN_MFA codes from a secret
 * auth.whoami(); auth.idToken().claims(); auth.refresh(); auth.logout()
 * }</pre>
 *
 * <p>Challenges are answered through {@link ChallengeAnswers}; when they cannot be, the sign-in
 * pauses and the {@link AuthException} says which call continues it. {@link #validTokens()}
 * refreshes the tokens when the ID token has less than a minute left. Methods are synchronized: the
 * shell and credential refreshes may call from different threads.
 */
public final class Auth {

  /** Tokens closer than this to expiry are refreshed before use. */
  public static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

  private final Config config;
  private final CognitoCalls calls;
  private final SignInStateMachine signIn;
  private final Clock clock;
  private ChallengeAnswers answers;
  private String totpSecret;
  private Tokens tokens;
  private String displayName;
  private Pending pending;
  private TotpSetup totpSetup;
  private volatile SecretSink secrets = SecretSink.NONE;

  /** Sign-in over {@code client}, with the world injected (tests pass a fake client and clock). */
  public Auth(
      Config config,
      CognitoIdentityProviderClient client,
      ChallengeAnswers answers,
      Clock clock,
      SecureRandom random) {
    this.config = config;
    this.calls = new CognitoCalls(client, config);
    this.clock = clock;
    this.answers = answers;
    this.signIn =
        new SignInStateMachine(calls, config, clock, random, setup -> this.totpSetup = setup);
  }

  /** Sign-in with the SDK client of {@link CognitoClients#userPools}, the system clock and RNG. */
  public static Auth create(Config config, ChallengeAnswers answers) {
    return new Auth(
        config, CognitoClients.userPools(config), answers, Clock.systemUTC(), new SecureRandom());
  }

  /** Signs in as the configured user (asking for the name and password when needed). */
  public synchronized Tokens login() {
    return login(answers.username(config.username()));
  }

  /** Signs in as {@code user} with SRP; the password is COGSH_PASSWORD's or asked for. */
  public synchronized Tokens login(String user) {
    return login(user, passwordFor(user));
  }

  /** Signs in with {@code USER_SRP_AUTH}. */
  public synchronized Tokens login(String user, String password) {
    secrets.learned(SecretKind.SECRET, password);
    return start(user, () -> signIn.srp(user, password, answers, totpSecret));
  }

  /** Signs in as the configured user with {@code USER_PASSWORD_AUTH}. */
  public synchronized Tokens loginWithPassword() {
    return loginWithPassword(answers.username(config.username()));
  }

  /** Signs in as {@code user} with {@code USER_PASSWORD_AUTH}. */
  public synchronized Tokens loginWithPassword(String user) {
    return loginWithPassword(user, passwordFor(user));
  }

  /** Signs in with {@code USER_PASSWORD_AUTH} (the app client must allow it). */
  public synchronized Tokens loginWithPassword(String user, String password) {
    secrets.learned(SecretKind.SECRET, password);
    return start(user, () -> signIn.password(user, password, answers, totpSecret));
  }

  /** Answers the waiting challenge (a code, an MFA type, a custom answer) and continues. */
  public synchronized Tokens answer(String code) {
    Pending p = requirePending();
    return resume(p, p.answeredWith(code));
  }

  /** Answers {@code NEW_PASSWORD_REQUIRED} and continues. */
  public synchronized Tokens newPassword(String password) {
    return newPassword(password, Map.of());
  }

  /** Answers {@code NEW_PASSWORD_REQUIRED} with the attributes the pool requires. */
  public synchronized Tokens newPassword(String password, Map<String, String> attributes) {
    secrets.learned(SecretKind.SECRET, password);
    Pending p = requirePending();
    return resume(p, p.answeredWithNewPassword(password, attributes));
  }

  /**
   * Generates {@code SOFTWARE_TOKEN_MFA} codes from this base32 secret from now on, and answers a
   * waiting TOTP challenge (or MFA setup) with it.
   */
  public synchronized Auth totp(String base32Secret) {
    secrets.learned(SecretKind.SECRET, base32Secret);
    String code = ScriptedAnswers.totpCode(base32Secret, clock.instant());
    this.totpSecret = base32Secret;
    Pending p = pending;
    if (p != null) {
      String name = p.challenge().name();
      if (Challenge.SOFTWARE_TOKEN_MFA.equals(name) || Challenge.SELECT_MFA_TYPE.equals(name)) {
        resume(p, ChallengeAnswers.scripted().withTotpSecret(base32Secret));
      } else if (Challenge.MFA_SETUP.equals(name)) {
        resume(p, p.answeredWith(code));
      }
    }
    return this;
  }

  /** The key of the last {@code MFA_SETUP} (show {@code .uri()} to an authenticator app). */
  public synchronized TotpSetup totpSetup() {
    if (totpSetup == null) {
      throw new AuthException(
          Reason.NOT_SIGNED_IN,
          "No authenticator is being set up",
          "this appears when a sign-in meets MFA_SETUP");
    }
    return totpSetup;
  }

  /** The challenge a paused sign-in waits on, if any. */
  public synchronized Optional<Challenge> pendingChallenge() {
    return Optional.ofNullable(pending).map(Pending::challenge);
  }

  /** Gets new ID and access tokens with the refresh token ({@code REFRESH_TOKEN_AUTH}). */
  public synchronized Tokens refresh() {
    Tokens current = requireTokens();
    if (current.refreshToken() == null) {
      throw new AuthException(
          Reason.SESSION_EXPIRED,
          "No refresh token to refresh with",
          "sign in again with auth.login()");
    }
    try {
      tokens = learned(signIn.refresh(current));
      return tokens;
    } catch (AuthException e) {
      if (e.reason() == Reason.SESSION_EXPIRED) {
        tokens = null;
      }
      throw e;
    }
  }

  /** Signs out everywhere ({@code GlobalSignOut}) and forgets the tokens here. */
  public synchronized void logout() {
    Tokens current = tokens;
    tokens = null;
    pending = null;
    if (current == null) {
      return;
    }
    try {
      calls.globalSignOut(current.accessToken().raw(), displayName);
    } catch (AuthException e) {
      if (e.reason() != Reason.SESSION_EXPIRED) {
        throw new AuthException(
            e.reason(),
            "Signed out here, but Cognito's GlobalSignOut failed: " + e.getMessage(),
            "the refresh token stays valid until it expires; " + e.hint(),
            e);
      }
    }
  }

  /** The current tokens, as they are (see {@link #validTokens()} for fresh ones). */
  public synchronized Tokens tokens() {
    return requireTokens();
  }

  /** The current ID token, decoded: {@code auth.idToken().claims()}. */
  public synchronized Jwt idToken() {
    return requireTokens().idToken();
  }

  /**
   * Tokens whose ID token is valid for at least {@link #REFRESH_MARGIN}, refreshing first if
   * needed.
   */
  public synchronized Tokens validTokens() {
    Tokens current = requireTokens();
    if (current.validFor(clock.instant()).compareTo(REFRESH_MARGIN) < 0) {
      return refresh();
    }
    return current;
  }

  /**
   * Whether a session is held (its ID token may need a refresh, which {@link #validTokens} does).
   */
  public synchronized boolean signedIn() {
    return tokens != null;
  }

  /** Who is signed in: {@code Signed in as ada@example.com (sub 5f0c…), ID token valid 59m 59s}. */
  public synchronized String whoami() {
    if (tokens == null) {
      return pending == null
          ? "Not signed in (type auth.login())"
          : "Not signed in: " + pending.challenge().name() + " is waiting (auth.answer(\"…\"))";
    }
    return tokens.describe(clock.instant());
  }

  /** Replaces how challenges are answered (the shell installs interactive answers). */
  public synchronized void setAnswers(ChallengeAnswers answers) {
    this.answers = answers;
  }

  /** How challenges are answered now. */
  public synchronized ChallengeAnswers answers() {
    return answers;
  }

  @Override
  public synchronized String toString() {
    return "Auth[pool="
        + config.userPoolId()
        + ", client="
        + config.appClientId()
        + "] "
        + whoami();
  }

  private String passwordFor(String user) {
    boolean sameUser = config.username() == null || config.username().equals(user);
    return config.password() != null && sameUser ? config.password() : answers.password(user);
  }

  private Tokens start(String user, Supplier<Tokens> flow) {
    CognitoClients.requireSignInConfig(config);
    pending = null;
    return finish(user, flow);
  }

  private Tokens resume(Pending p, ChallengeAnswers first) {
    return finish(p.displayName(), () -> signIn.resume(p, first, answers, totpSecret));
  }

  private Tokens finish(String user, Supplier<Tokens> flow) {
    try {
      Tokens signedIn = learned(flow.get());
      tokens = signedIn;
      displayName = user;
      pending = null;
      return signedIn;
    } catch (SignInPaused paused) {
      pending = paused.pending();
      throw paused;
    } catch (AuthException e) {
      pending = null;
      throw e;
    }
  }

  private Pending requirePending() {
    if (pending == null) {
      throw new AuthException(
          Reason.NOT_SIGNED_IN,
          "No sign-in is waiting for an answer",
          "start one with auth.login()");
    }
    return pending;
  }

  private Tokens requireTokens() {
    if (tokens == null) {
      throw new AuthException(Reason.NOT_SIGNED_IN, "Not signed in", "type auth.login()");
    }
    return tokens;
  }

  /**
   * Reports every secret this object learns from now on (passwords it is given, the tokens it
   * receives) to {@code sink}: the session's registry, so that its redactor masks them.
   */
  public Auth secrets(SecretSink sink) {
    this.secrets = sink == null ? SecretSink.NONE : sink;
    return this;
  }

  private Tokens learned(Tokens received) {
    if (received != null) {
      if (received.idToken() != null) {
        secrets.learned(SecretKind.TOKEN, received.idToken().raw());
      }
      if (received.accessToken() != null) {
        secrets.learned(SecretKind.TOKEN, received.accessToken().raw());
      }
      secrets.learned(SecretKind.TOKEN, received.refreshToken());
    }
    return received;
  }
}
