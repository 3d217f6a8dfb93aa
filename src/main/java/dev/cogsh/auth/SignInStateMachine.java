package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.CognitoCalls.Reply;
import dev.cogsh.config.Config;
import dev.cogsh.otp.Totp;
import dev.cogsh.srp.SrpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/**
 * The sign-in state machine: start a flow, then answer challenges until Cognito returns tokens.
 *
 * <pre>
 * USER_SRP_AUTH ──▶ PASSWORD_VERIFIER ──▶ [challenge ──▶ answer]* ──▶ tokens
 * USER_PASSWORD_AUTH ─────────────────────▶ [challenge ──▶ answer]* ──▶ tokens
 * USER_AUTH ──▶ SELECT_CHALLENGE | PASSWORD_VERIFIER | EMAIL_OTP … (see FirstFactor)
 * CUSTOM_AUTH ──▶ [PASSWORD_VERIFIER ──▶] CUSTOM_CHALLENGE ──▶ …
 * </pre>
 *
 * <p>After {@code PASSWORD_VERIFIER} every call sends the <em>internal</em> user name Cognito put
 * in the challenge ({@code USERNAME}, else {@code USER_ID_FOR_SRP}) — also the name SECRET_HASH is
 * computed with — while the SRP maths use {@code USER_ID_FOR_SRP}. When an answer is missing the
 * machine stops with {@link SignInPaused}, holding what {@link #resume} needs.
 */
final class SignInStateMachine {

  private final CognitoCalls calls;
  private final Config config;
  private final Clock clock;
  private final SecureRandom random;
  private final MfaSetupStep mfaSetup;
  private final TokenResults results;
  private final Devices devices;
  private final PasswordVerifierStep verifier;
  private final FirstFactor firstFactor;

  /** Answers per challenge before a refused one pauses the sign-in (Cognito allows a few). */
  static final int TRIES = 3;

  SignInStateMachine(
      CognitoCalls calls,
      Config config,
      Clock clock,
      SecureRandom random,
      Consumer<TotpSetup> onSetup,
      Devices devices) {
    this.devices = devices;
    this.calls = calls;
    this.config = config;
    this.clock = clock;
    this.random = random;
    this.mfaSetup = new MfaSetupStep(calls, clock, onSetup);
    this.results = new TokenResults(calls, devices, clock);
    this.verifier = new PasswordVerifierStep(calls, config, clock, devices);
    this.firstFactor = new FirstFactor(calls, random, verifier, devices);
  }

  /** {@code USER_SRP_AUTH}: the password never leaves this process. */
  Tokens srp(String user, String password, ChallengeAnswers answers, String totpSecret) {
    requireCredentials(user, password);
    SrpClient srp = SrpClient.start(random);
    Map<String, String> start = withDevice(user, Map.of("USERNAME", user, "SRP_A", srp.srpA()));
    Reply reply = calls.initiate(AuthFlowType.USER_SRP_AUTH, start, user);
    String internal = user;
    if (Challenge.PASSWORD_VERIFIER.equals(reply.challengeName())) {
      PasswordVerifierStep.Verified verified = verifier.answer(srp, reply, user, password);
      reply = verified.reply();
      internal = verified.username();
    }
    return loop(reply, user, internal, answers, totpSecret);
  }

  /**
   * {@code USER_AUTH}: starts with {@code preferred} (null: Cognito offers the choices with {@code
   * SELECT_CHALLENGE}); {@code password} is used when a password factor is chosen.
   */
  Tokens choice(
      String user,
      SignInChoice preferred,
      String password,
      ChallengeAnswers answers,
      String totpSecret) {
    requireUser(user);
    if (preferred != null && preferred.needsPassword()) {
      requireCredentials(user, password);
    }
    FirstFactor.Started started = firstFactor.userAuth(user, preferred, password);
    return loop(
        started.reply(),
        user,
        started.username(),
        KnownPassword.wrap(answers, password),
        totpSecret);
  }

  /** {@code CUSTOM_AUTH}: with a password, SRP first; then the pool's custom challenges. */
  Tokens custom(String user, String password, ChallengeAnswers answers, String totpSecret) {
    requireUser(user);
    FirstFactor.Started started = firstFactor.custom(user, password);
    return loop(started.reply(), user, started.username(), answers, totpSecret);
  }

  /**
   * The flow the configuration names ({@code authFlow}): {@code password} may be null for {@code
   * USER_AUTH} (choose at {@code SELECT_CHALLENGE}) and {@code CUSTOM_AUTH} (no SRP start).
   */
  Tokens configured(String user, String password, ChallengeAnswers answers, String totpSecret) {
    return switch (config.authFlow()) {
      case "USER_AUTH" ->
          choice(
              user,
              password == null ? null : SignInChoice.PASSWORD_SRP,
              password,
              answers,
              totpSecret);
      case "USER_PASSWORD_AUTH" -> password(user, password, answers, totpSecret);
      case "CUSTOM_AUTH" -> custom(user, password, answers, totpSecret);
      default -> srp(user, password, answers, totpSecret);
    };
  }

  /** Whether the configured flow needs the password up front (USER_AUTH and CUSTOM_AUTH do not). */
  boolean asksPasswordFirst() {
    return !"USER_AUTH".equals(config.authFlow()) && !"CUSTOM_AUTH".equals(config.authFlow());
  }

  /** {@code USER_PASSWORD_AUTH}: the password goes to Cognito (over TLS). */
  Tokens password(String user, String password, ChallengeAnswers answers, String totpSecret) {
    requireCredentials(user, password);
    Reply reply =
        calls.initiate(
            AuthFlowType.USER_PASSWORD_AUTH,
            withDevice(user, Map.of("USERNAME", user, "PASSWORD", password)),
            user,
            password);
    return loop(reply, user, user, answers, totpSecret);
  }

  /**
   * Continues a paused sign-in: {@code first} alone answers the waiting challenge (an explicit
   * answer wins over the TOTP secret), then {@code rest} and the secret answer what follows.
   */
  Tokens resume(Pending pending, ChallengeAnswers first, ChallengeAnswers rest, String totpSecret) {
    Reply reply = answer(pending, first, null);
    return loop(reply, pending.displayName(), pending.username(), rest, totpSecret);
  }

  /** {@code REFRESH_TOKEN_AUTH}, with the device's {@code DEVICE_KEY} when there is one. */
  Tokens refresh(Tokens current) {
    return results.refresh(current);
  }

  /** Tokens from an authentication result; {@code previousRefresh} stays when none is new. */
  Tokens tokens(AuthenticationResultType result, String previousRefresh) {
    return results.tokens(result, previousRefresh);
  }

  private Tokens loop(
      Reply reply, String displayName, String internal, ChallengeAnswers answers, String totp) {
    String username = internal;
    while (reply.result() == null) {
      if (reply.challengeName() == null) {
        throw new AuthException(
            Reason.PROTOCOL,
            "Cognito returned neither tokens nor a challenge",
            "check that endpoints.cognitoIdp points at a Cognito User Pool endpoint");
      }
      Map<String, String> p = reply.parameters();
      username = p.getOrDefault("USERNAME", p.getOrDefault("USER_ID_FOR_SRP", username));
      Challenge challenge = new Challenge(reply.challengeName(), p, displayName, clock.instant());
      reply =
          answer(
              new Pending(challenge, reply.session(), displayName, username, null), answers, totp);
    }
    devices.signedIn(
        displayName, reply.result().newDeviceMetadata(), devices.keyFor(displayName).orElse(null));
    return tokens(reply.result(), null);
  }

  /** {@code parameters} with the {@code DEVICE_KEY} remembered for {@code user}, if any. */
  private Map<String, String> withDevice(String user, Map<String, String> parameters) {
    Map<String, String> all = new LinkedHashMap<>(parameters);
    devices.keyFor(user).ifPresent(key -> all.put("DEVICE_KEY", key));
    return all;
  }

  /**
   * Answers the pending challenge; when Cognito refuses the answer (a wrong code, a new password
   * the policy refuses) and {@code answers} wants to ({@link ChallengeAnswers#askAgain}), asks
   * again in the same session, up to {@value #TRIES} answers in all.
   */
  private Reply answer(Pending pending, ChallengeAnswers answers, String totpSecret) {
    for (int attempt = 1; ; attempt++) {
      try {
        return answerOnce(pending, answers, totpSecret);
      } catch (SignInPaused paused) {
        boolean again =
            attempt < TRIES && retryable(paused) && answers.askAgain(pending.challenge(), paused);
        if (!again) {
          throw paused;
        }
      }
    }
  }

  /** Cognito refused the answer itself (not an expired code, not a missing answer). */
  private static boolean retryable(AuthException e) {
    return e.reason() == Reason.INVALID_PASSWORD
        || (e.reason() == Reason.CODE_MISMATCH && e.getMessage().startsWith("Wrong code"));
  }

  private Reply answerOnce(Pending pending, ChallengeAnswers answers, String totpSecret) {
    Challenge c = pending.challenge().at(clock.instant());
    try {
      return switch (c.name()) {
        case Challenge.SMS_MFA,
            Challenge.SOFTWARE_TOKEN_MFA,
            Challenge.EMAIL_OTP,
            Challenge.SMS_OTP ->
            respond(pending, Map.of(c.name() + "_CODE", code(c, answers, totpSecret)));
        case Challenge.NEW_PASSWORD_REQUIRED -> newPassword(pending, c, answers);
        case Challenge.SELECT_MFA_TYPE ->
            respond(pending, Map.of("ANSWER", mfaType(c, answers, totpSecret)));
        case Challenge.CUSTOM_CHALLENGE ->
            respond(pending, Map.of("ANSWER", answers.customAnswer(c)));
        case Challenge.MFA_SETUP -> mfaSetup.answer(pending, c, answers);
        case Challenge.DEVICE_SRP_AUTH -> devices.answer(pending);
        case Challenge.SELECT_CHALLENGE -> firstFactor.select(pending, answers);
        case Challenge.WEB_AUTHN -> throw SignInChoice.passkeysNeedABrowser();
        default ->
            throw new AuthException(
                Reason.PROTOCOL,
                "Cognito asked for " + c.name() + ", which cogsh does not answer",
                "sign in another way, or through managed login with auth.loginWithBrowser()");
      };
    } catch (SignInPaused paused) {
      throw paused;
    } catch (AuthException e) {
      AuthException explained = WrongCodes.explain(c, e);
      if (resumable(explained)) {
        throw new SignInPaused(pending, explained);
      }
      throw explained;
    }
  }

  static boolean resumable(AuthException e) {
    return e.reason() == Reason.CHALLENGE_UNANSWERED
        || e.reason() == Reason.CODE_MISMATCH
        || e.reason() == Reason.INVALID_PASSWORD;
  }

  private Reply respond(Pending p, Map<String, String> responses, String... secrets) {
    return calls.respond(p.challenge().name(), p.session(), responses, p.username(), secrets);
  }

  private String code(Challenge c, ChallengeAnswers answers, String totpSecret) {
    if (Challenge.SOFTWARE_TOKEN_MFA.equals(c.name()) && totpSecret != null) {
      return Totp.code(totpSecret, c.at());
    }
    return answers.code(c);
  }

  private String mfaType(Challenge c, ChallengeAnswers answers, String totpSecret) {
    if (totpSecret != null && c.mfaOptions().contains(Challenge.SOFTWARE_TOKEN_MFA)) {
      return Challenge.SOFTWARE_TOKEN_MFA;
    }
    return answers.mfaType(c, c.mfaOptions());
  }

  /**
   * Answers {@code NEW_PASSWORD_REQUIRED}; a refused password is asked again by {@link #answer}.
   */
  private Reply newPassword(Pending p, Challenge c, ChallengeAnswers answers) {
    NewPassword answer = answers.newPassword(c);
    return respond(p, answer.responses(c), answer.password());
  }

  private static void requireUser(String user) {
    if (user == null || user.isBlank()) {
      throw new AuthException(
          Reason.CONFIGURATION,
          "No user name given",
          "call auth.login(\"user@example.com\"), or set username in cogsh.json");
    }
  }

  private static void requireCredentials(String user, String password) {
    if (user == null || user.isBlank() || password == null || password.isEmpty()) {
      throw new AuthException(
          Reason.CONFIGURATION,
          user == null || user.isBlank() ? "No user name given" : "No password given for " + user,
          "call auth.login(\"user@example.com\", password), or auth.login() to be asked");
    }
  }
}
