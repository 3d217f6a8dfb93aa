package dev.cogsh.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.config.Config;
import dev.cogsh.config.JvmSettings;
import dev.cogsh.human.SecretKind;
import dev.cogsh.human.SecretSink;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
 * auth.login("ada@example.com", EMAIL_OTP)   // USER_AUTH: a code by e-mail (or SMS_OTP, PASSWORD…)
 * auth.loginWithChoice("ada@example.com")    // USER_AUTH: a menu of the ways Cognito offers
 * auth.loginCustom("ada@example.com")        // CUSTOM_AUTH: the pool's custom challenges
 * auth.loginWithPassword(user, pw)      // USER_PASSWORD_AUTH
 * auth.answer("123456")                 // continue a sign-in paused at a challenge
 * auth.newPassword("N3w-Passw0rd!")     // ...at NEW_PASSWORD_REQUIRED
 * auth.totp("JBSWY3DPEHPK3PXP")         // generate SOFTWARE_TOKEN_MFA codes from a secret
 * auth.whoami(); auth.idToken().claims(); auth.refresh(); auth.logout()
 * auth.devices(); auth.rememberDevice(); auth.forgetDevice()   // remembered devices
 * auth.loginWithBrowser()               // managed login: code + PKCE in the system browser
 * auth.loginWithBrowser("Google")       // ...straight to an external identity provider
 * auth.userInfo(); auth.logoutWithBrowser(); auth.clientCredentials("notes/read")
 * auth.signUp(user, Map.of()); auth.confirmSignUp("123456"); auth.forgotPassword(user)
 * auth.changePassword(); auth.attributes(); auth.enableTotp(); auth.deleteUser(); auth.revoke()
 * }</pre>
 *
 * <p>Challenges are answered through {@link ChallengeAnswers}; when they cannot be, the sign-in
 * pauses and the {@link AuthException} says which call continues it. {@link #validTokens()}
 * refreshes the tokens when the ID or the access token has less than a minute left. Methods are
 * synchronized: the shell and credential refreshes may call from different threads.
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
  private final Devices devices;
  private ChallengeAnswers terminalAnswers;
  private SessionListener listener = SessionListener.NONE;
  private boolean remembered;
  private final ManagedLogin managedLogin;
  private final OauthClientCredentials machineTokens;
  private BrowserLauncher browser = BrowserLauncher.system(JvmSettings.osName());
  private Duration browserTimeout = ManagedLogin.DEFAULT_TIMEOUT;
  private boolean browserSession;
  private volatile SecretSink secrets = SecretSink.NONE;
  private final Account account;
  private final TotpEnrolment totpEnrolment;

  /** Sign-in over {@code client}, with the world injected (tests pass a fake client and clock). */
  public Auth(
      Config config,
      CognitoIdentityProviderClient client,
      ChallengeAnswers answers,
      Clock clock,
      SecureRandom random) {
    this(config, client, answers, clock, random, null);
  }

  /**
   * As above, remembering devices in {@code deviceFile} ({@code config.Environment#deviceFile};
   * {@code null}: for this process only).
   */
  public Auth(
      Config config,
      CognitoIdentityProviderClient client,
      ChallengeAnswers answers,
      Clock clock,
      SecureRandom random,
      Path deviceFile) {
    this.config = config;
    this.calls = new CognitoCalls(client, config);
    this.clock = clock;
    this.answers = answers;
    this.terminalAnswers = answers instanceof InteractiveAnswers ? answers : null;
    this.devices = new Devices(calls, config, new DeviceStore(deviceFile), clock, random);
    this.signIn =
        new SignInStateMachine(
            calls, config, clock, random, setup -> this.totpSetup = setup, devices);
    this.managedLogin = new ManagedLogin(config, clock, random);
    this.machineTokens = new OauthClientCredentials(managedLogin, clock);
    AccountCalls accountCalls = new AccountCalls(client, config, calls.endpoint());
    this.account = new Account(accountCalls, this);
    this.totpEnrolment = new TotpEnrolment(accountCalls, account, this);
  }

  /** Sign-in with the SDK client of {@link CognitoClients#userPools}, the system clock and RNG. */
  public static Auth create(Config config, ChallengeAnswers answers) {
    return new Auth(
        config, CognitoClients.userPools(config), answers, Clock.systemUTC(), new SecureRandom());
  }

  /** As {@link #create(Config, ChallengeAnswers)}, remembering devices in {@code deviceFile}. */
  public static Auth create(Config config, ChallengeAnswers answers, Path deviceFile) {
    return create(config, answers, deviceFile, new CognitoCallCount());
  }

  /** As above, each User Pool call counted in {@code count}. */
  public static Auth create(
      Config config, ChallengeAnswers answers, Path deviceFile, CognitoCallCount count) {
    return new Auth(
        config,
        CognitoClients.userPools(config, count),
        answers,
        Clock.systemUTC(),
        new SecureRandom(),
        deviceFile);
  }

  /** Signs in as the configured user (asking for the name and password when needed). */
  public synchronized Tokens login() {
    Tokens reused = reuseRemembered(displayName);
    return reused != null ? reused : login(answers.username(config.username()));
  }

  /**
   * Signs in as {@code user} with the configured {@code authFlow} (SRP by default); the password is
   * COGSH_PASSWORD's or asked for (USER_AUTH and CUSTOM_AUTH ask only when a step needs it).
   */
  public synchronized Tokens login(String user) {
    Tokens reused = reuseRemembered(user);
    if (reused != null || signIn.asksPasswordFirst()) {
      return reused != null ? reused : login(user, passwordFor(user));
    }
    return start(
        user, () -> signIn.configured(user, configuredPassword(user), answers, totpSecret));
  }

  /** Signs in with the configured {@code authFlow}: {@code USER_SRP_AUTH} by default. */
  public synchronized Tokens login(String user, String password) {
    secrets.learned(SecretKind.SECRET, password);
    Tokens reused = reuseRemembered(user);
    if (reused != null) {
      return reused;
    }
    return start(user, () -> signIn.configured(user, password, answers, totpSecret));
  }

  /**
   * Choice-based sign-in ({@code USER_AUTH}) with {@code choice} preferred: {@code auth.login(user,
   * EMAIL_OTP)}; a password choice asks for the password.
   */
  public synchronized Tokens login(String user, SignInChoice choice) {
    String password = choice != null && choice.needsPassword() ? passwordFor(user) : null;
    return start(user, () -> signIn.choice(user, choice, password, answers, totpSecret));
  }

  /** Choice-based sign-in ({@code USER_AUTH}): Cognito offers the ways in, a menu asks. */
  public synchronized Tokens loginWithChoice(String user) {
    return start(user, () -> signIn.choice(user, null, null, answers, totpSecret));
  }

  /** Custom sign-in ({@code CUSTOM_AUTH}): the pool's Lambda triggers ask the questions. */
  public synchronized Tokens loginCustom(String user) {
    return start(user, () -> signIn.custom(user, null, answers, totpSecret));
  }

  /** Custom sign-in that proves the password by SRP first ({@code CHALLENGE_NAME=SRP_A}). */
  public synchronized Tokens loginCustom(String user, String password) {
    secrets.learned(SecretKind.SECRET, password);
    return start(user, () -> signIn.custom(user, password, answers, totpSecret));
  }

  /** Signs in as the configured user with {@code USER_PASSWORD_AUTH}. */
  public synchronized Tokens loginWithPassword() {
    return loginWithPassword(answers.username(config.username()));
  }

  /** Signs in as {@code user} with {@code USER_PASSWORD_AUTH}. */
  public synchronized Tokens loginWithPassword(String user) {
    Tokens reused = reuseRemembered(user);
    return reused != null ? reused : loginWithPassword(user, passwordFor(user));
  }

  /** Signs in with {@code USER_PASSWORD_AUTH} (the app client must allow it). */
  public synchronized Tokens loginWithPassword(String user, String password) {
    secrets.learned(SecretKind.SECRET, password);
    Tokens reused = reuseRemembered(user);
    if (reused != null) {
      return reused;
    }
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
      tokens = learned(browserSession ? managedLogin.refresh(current) : signIn.refresh(current));
      listener.signedIn(displayName, tokens, devices.currentKey());
      return tokens;
    } catch (AuthException e) {
      if (e.reason() == Reason.SESSION_EXPIRED) {
        tokens = null;
        remembered = false;
        listener.signedOut();
      }
      throw e;
    }
  }

  /** Signs out everywhere ({@code GlobalSignOut}) and forgets the tokens here. */
  public synchronized void logout() {
    Tokens current = tokens;
    signedOutHere(); // first: the remembered session goes even when GlobalSignOut fails
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

  /** Forgets the session here (tokens, a paused sign-in, the remembered session). */
  synchronized void signedOutHere() {
    tokens = null;
    pending = null;
    remembered = false;
    listener.signedOut();
    browserSession = false;
  }

  /** Where secrets this object learns are reported. */
  SecretSink secretSink() {
    return secrets;
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
   * Tokens whose ID and access tokens are both valid for at least {@link #REFRESH_MARGIN},
   * refreshing first if needed (the access token may be set to expire before the ID token).
   */
  public synchronized Tokens validTokens() {
    Tokens current = requireTokens();
    if (current.freshFor(clock.instant()).compareTo(REFRESH_MARGIN) < 0) {
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
    return tokens.describe(clock.instant(), displayName);
  }

  /** Replaces how challenges are answered (the shell installs interactive answers). */
  public synchronized void setAnswers(ChallengeAnswers answers) {
    this.answers = answers;
    if (answers instanceof InteractiveAnswers) {
      terminalAnswers = answers;
    }
  }

  /** Undoes {@link #setAnswers}: asks at the terminal again (in the shell). */
  public synchronized Auth interactive() {
    if (terminalAnswers == null) {
      throw new AuthException(
          Reason.CONFIGURATION,
          "There is no terminal to ask at in this session",
          "give the answers with auth.setAnswers(ChallengeAnswers.scripted()…) instead");
    }
    answers = terminalAnswers;
    return this;
  }

  /** How challenges are answered now. */
  public synchronized ChallengeAnswers answers() {
    return answers;
  }

  /** The signed-in user's devices ({@code ListDevices}); this session's is marked. */
  public synchronized List<Device> devices() {
    return devices.list(requireTokens().accessToken().raw(), displayName);
  }

  /**
   * Remembers this device ({@code UpdateDeviceStatus}): on an opt-in pool, later sign-ins skip MFA.
   */
  public synchronized void rememberDevice() {
    devices.remember(requireTokens().accessToken().raw(), displayName);
  }

  /** Forgets this device, in the pool and here: the next sign-in asks for MFA again. */
  public synchronized void forgetDevice() {
    forgetDevice(devices.requireCurrent());
  }

  /** Forgets one of the user's devices ({@code ForgetDevice}; a key from {@link #devices()}). */
  public synchronized void forgetDevice(String deviceKey) {
    devices.forget(requireTokens().accessToken().raw(), displayName, deviceKey);
  }

  /**
   * Follows this session with {@code next} (the remembered session file); when signed in already,
   * {@code next} hears of the current tokens at once.
   */
  public synchronized void listen(SessionListener next) {
    listener = next == null ? SessionListener.NONE : next;
    if (tokens != null) {
      listener.signedIn(displayName, tokens, devices.currentKey());
    }
  }

  /**
   * Takes up a session remembered by an earlier process, without a call: {@code login()} as {@code
   * user} then reuses it (refreshing the tokens first when needed) instead of asking for the
   * password, and falls back to a full sign-in when it no longer works.
   */
  public synchronized void restore(String user, Tokens rememberedTokens) {
    restore(user, rememberedTokens, null);
  }

  /** As above, with the {@code DEVICE_KEY} the remembered refresh token is bound to (or null). */
  public synchronized void restore(String user, Tokens rememberedTokens, String deviceKey) {
    devices.restored(user, deviceKey);
    tokens = rememberedTokens;
    displayName = user;
    pending = null;
    remembered = true;
  }

  /** Whether the current tokens were taken up from a remembered session, not signed in here. */
  public synchronized boolean remembered() {
    return remembered && tokens != null;
  }

  /** The user as typed at sign-in (or remembered), {@code null} when not signed in. */
  public synchronized String user() {
    return tokens == null ? null : displayName;
  }

  /** The remembered session's tokens when they are {@code user}'s and still work, else null. */
  private Tokens reuseRemembered(String user) {
    if (!remembered || tokens == null || user != null && !user.equals(displayName)) {
      return null;
    }
    try {
      return validTokens(); // zero calls while the tokens are valid, one refresh otherwise
    } catch (AuthException e) {
      tokens = null; // the refresh token no longer works: sign in in full
      remembered = false;
      return null;
    }
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

  /** Signs in through managed login in the browser (authorization code with PKCE). */
  public synchronized Tokens loginWithBrowser() {
    return loginWithBrowser(null);
  }

  /**
   * Signs in through managed login, straight to {@code identityProvider} (e.g. {@code Google};
   * {@code null} shows the pool's own login page). Prints the URL, opens the browser, listens on
   * the configured {@code redirectUri} until the browser comes back or 5 minutes pass. When no
   * browser can be opened here, it asks for the address the browser ended on, pasted back.
   */
  public synchronized Tokens loginWithBrowser(String identityProvider) {
    pending = null;
    return browserSignedIn(managedLogin.signIn(identityProvider, browser, answers, browserTimeout));
  }

  /**
   * Managed login without a browser here (SSH, containers): prints the URL, then takes the address
   * the browser ended on, pasted back (hidden), checks its {@code state} and exchanges its code.
   */
  public synchronized Tokens loginWithoutBrowser() {
    return loginWithoutBrowser(null);
  }

  /** As {@link #loginWithoutBrowser()}, straight to {@code identityProvider} (e.g. Google). */
  public synchronized Tokens loginWithoutBrowser(String identityProvider) {
    return browserSignedIn(managedLogin.signInPastedBack(identityProvider, answers));
  }

  private Tokens browserSignedIn(Tokens signedIn) {
    pending = null;
    tokens = learned(signedIn);
    displayName = signedIn.username();
    browserSession = true;
    remembered = false;
    listener.signedIn(displayName, signedIn, null);
    answers.show(whoami()); // the user was away in the browser: say who came back
    return signedIn;
  }

  /** The signed-in user's claims from managed login's {@code /oauth2/userInfo}. */
  public synchronized JsonNode userInfo() {
    return managedLogin.userInfo(validTokens());
  }

  /**
   * Signs out of managed login: revokes the refresh token ({@code /oauth2/revoke}), forgets the
   * tokens here and opens {@code /logout} in the browser (which ends the browser's session and goes
   * to {@code logoutUri}). Returns that URL.
   */
  public synchronized URI logoutWithBrowser() {
    URI logout = managedLogin.logoutUrl();
    Tokens current = tokens;
    signedOutHere(); // first: the remembered session goes even when the revocation fails
    if (current != null && current.refreshToken() != null) {
      managedLogin.revoke(current.refreshToken());
    }
    answers.show("Signed out; ending the browser session: " + logout);
    browser.open(logout);
    return logout;
  }

  /**
   * A machine-to-machine access token ({@code client_credentials}) for resource-server scopes such
   * as {@code notes/read}; none asks for every scope the app client allows. Reused until a minute
   * before it expires.
   */
  public String clientCredentials(String... scopes) {
    return machineTokens.token(String.join(" ", scopes));
  }

  /**
   * How managed login opens URLs (tests drive a headless browser; {@link BrowserLauncher#NONE}).
   */
  public synchronized void setBrowser(BrowserLauncher launcher) {
    this.browser = launcher;
  }

  /** How long {@link #loginWithBrowser} waits for the browser to come back. */
  public synchronized void setBrowserTimeout(Duration timeout) {
    this.browserTimeout = timeout;
  }

  private String configuredPassword(String user) {
    return config.username() == null || config.username().equals(user) ? config.password() : null;
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
      browserSession = false;
      displayName = user;
      pending = null;
      devices.confirm(signedIn.accessToken().raw());
      remembered = false;
      listener.signedIn(user, signedIn, devices.currentKey());
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

  // The account lifecycle (see Account and TotpEnrolment): one-line delegations.

  /** Signs up {@code user}, asking for the password twice (masked); returns where the code went. */
  public synchronized SignUpResult signUp(String user, Map<String, String> attributes) {
    return account.signUp(user, attributes);
  }

  /** Signs up {@code user} with {@code password} and attributes ({@code Map.of("email", …)}). */
  public synchronized SignUpResult signUp(
      String user, String password, Map<String, String> attributes) {
    return account.signUp(user, password, attributes);
  }

  /** Signs up {@code user} with no password, where the pool allows passwordless sign-in. */
  public synchronized SignUpResult signUpWithoutPassword(
      String user, Map<String, String> attributes) {
    return account.signUp(user, null, attributes);
  }

  /** Confirms the last sign-up here with the code Cognito sent ({@code ConfirmSignUp}). */
  public synchronized void confirmSignUp(String code) {
    account.confirmSignUp(code);
  }

  /** Confirms {@code user}'s sign-up with the code Cognito sent. */
  public synchronized void confirmSignUp(String user, String code) {
    account.confirmSignUp(user, code);
  }

  /** Sends the last sign-up's confirmation code again ({@code ResendConfirmationCode}). */
  public synchronized CodeDelivery resendCode() {
    return account.resendCode();
  }

  /** Sends {@code user}'s confirmation code again. */
  public synchronized CodeDelivery resendCode(String user) {
    return account.resendCode(user);
  }

  /** Sends {@code user} a code to set a new password ({@code ForgotPassword}). */
  public synchronized CodeDelivery forgotPassword(String user) {
    return account.forgotPassword(user);
  }

  /** Sets the new password with the reset code, asking for it twice (masked). */
  public synchronized void confirmForgotPassword(String code) {
    account.confirmForgotPassword(code);
  }

  /** Sets {@code newPassword} with the reset code ({@code ConfirmForgotPassword}). */
  public synchronized void confirmForgotPassword(String code, String newPassword) {
    account.confirmForgotPassword(code, newPassword);
  }

  /** Changes the signed-in user's password, asking for the current and new one (masked). */
  public synchronized void changePassword() {
    account.changePassword();
  }

  /** Changes the signed-in user's password ({@code ChangePassword}). */
  public synchronized void changePassword(String current, String proposed) {
    account.changePassword(current, proposed);
  }

  /** The signed-in user's attributes ({@code GetUser}); {@link #user()} is the name only. */
  public synchronized Map<String, String> attributes() {
    return account.attributes();
  }

  /** Sets attributes; a new e-mail or phone number gets a code to verify it. */
  public synchronized List<CodeDelivery> updateAttributes(Map<String, String> attributes) {
    return account.updateAttributes(attributes);
  }

  /** Sends a code to verify {@code attribute} ({@code GetUserAttributeVerificationCode}). */
  public synchronized CodeDelivery verificationCode(String attribute) {
    return account.verificationCode(attribute);
  }

  /** Verifies {@code attribute} with the code sent to it ({@code VerifyUserAttribute}). */
  public synchronized void verifyAttribute(String attribute, String code) {
    account.verifyAttribute(attribute, code);
  }

  /** Deletes the signed-in user after it is typed again at the terminal ({@code DeleteUser}). */
  public synchronized void deleteUser() {
    account.deleteUser();
  }

  /** Deletes the signed-in user; {@code confirmation} must be its name. */
  public synchronized void deleteUser(String confirmation) {
    account.deleteUser(confirmation);
  }

  /** Revokes the refresh token ({@code RevokeToken}) and signs out here. */
  public synchronized void revoke() {
    account.revoke();
  }

  /** Sets up TOTP MFA: shows the otpauth URI (key masked), then asks for or awaits a code. */
  public synchronized TotpSetup enableTotp() {
    return totpEnrolment.enable(false);
  }

  /** As {@link #enableTotp()}, showing the key when {@code showKey}. */
  public synchronized TotpSetup enableTotp(boolean showKey) {
    return totpEnrolment.enable(showKey);
  }

  /** Finishes {@link #enableTotp()} with the authenticator's code; TOTP becomes the MFA. */
  public synchronized void verifyTotp(String code) {
    totpEnrolment.verify(code);
  }

  /** Turns TOTP MFA off for the signed-in user ({@code SetUserMFAPreference}). */
  public synchronized void disableTotp() {
    totpEnrolment.disable();
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
