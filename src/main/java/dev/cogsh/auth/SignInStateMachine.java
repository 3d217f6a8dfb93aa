package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.CognitoCalls.Reply;
import dev.cogsh.config.Config;
import dev.cogsh.otp.Totp;
import dev.cogsh.srp.PasswordClaim;
import dev.cogsh.srp.SrpClient;
import dev.cogsh.srp.SrpException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * The sign-in state machine: start a flow, then answer challenges until Cognito returns tokens.
 *
 * <pre>
 * USER_SRP_AUTH ──▶ PASSWORD_VERIFIER ──▶ [challenge ──▶ answer]* ──▶ tokens
 * USER_PASSWORD_AUTH ─────────────────────▶ [challenge ──▶ answer]* ──▶ tokens
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
  private final Consumer<TotpSetup> onSetup;

  SignInStateMachine(
      CognitoCalls calls,
      Config config,
      Clock clock,
      SecureRandom random,
      Consumer<TotpSetup> onSetup) {
    this.calls = calls;
    this.config = config;
    this.clock = clock;
    this.random = random;
    this.onSetup = onSetup;
  }

  /** {@code USER_SRP_AUTH}: the password never leaves this process. */
  Tokens srp(String user, String password, ChallengeAnswers answers, String totpSecret) {
    requireCredentials(user, password);
    SrpClient srp = SrpClient.start(random);
    Reply reply =
        calls.initiate(
            AuthFlowType.USER_SRP_AUTH, Map.of("USERNAME", user, "SRP_A", srp.srpA()), user);
    String internal = user;
    if (Challenge.PASSWORD_VERIFIER.equals(reply.challengeName())) {
      Map<String, String> p = reply.parameters();
      String userIdForSrp = required(p, "USER_ID_FOR_SRP");
      internal = p.getOrDefault("USERNAME", userIdForSrp);
      PasswordClaim claim;
      try {
        claim =
            srp.claim(
                config.poolName(),
                userIdForSrp,
                password,
                required(p, "SALT"),
                required(p, "SRP_B"),
                required(p, "SECRET_BLOCK"),
                clock.instant());
      } catch (SrpException e) {
        throw new AuthException(
            Reason.PROTOCOL,
            "Cognito's PASSWORD_VERIFIER challenge is not valid SRP: " + e.getMessage(),
            "the endpoint is not behaving like Cognito; check endpoints.cognitoIdp",
            e);
      }
      Map<String, String> responses = new LinkedHashMap<>();
      responses.put("PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock());
      responses.put("TIMESTAMP", claim.timestamp());
      responses.put("PASSWORD_CLAIM_SIGNATURE", claim.signature());
      reply =
          calls.respond(
              Challenge.PASSWORD_VERIFIER, reply.session(), responses, internal, password);
    }
    return loop(reply, user, internal, answers, totpSecret);
  }

  /** {@code USER_PASSWORD_AUTH}: the password goes to Cognito (over TLS). */
  Tokens password(String user, String password, ChallengeAnswers answers, String totpSecret) {
    requireCredentials(user, password);
    Reply reply =
        calls.initiate(
            AuthFlowType.USER_PASSWORD_AUTH,
            Map.of("USERNAME", user, "PASSWORD", password),
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

  /**
   * {@code REFRESH_TOKEN_AUTH}. Its SECRET_HASH is computed with the user's internal name ({@link
   * Tokens#username()}: {@code cognito:username}), which for alias sign-in is not what was typed.
   */
  Tokens refresh(Tokens current) {
    Reply reply =
        calls.initiate(
            AuthFlowType.REFRESH_TOKEN_AUTH,
            Map.of("REFRESH_TOKEN", current.refreshToken()),
            current.username(),
            current.refreshToken());
    if (reply.result() == null) {
      throw new AuthException(
          Reason.PROTOCOL,
          "Cognito answered the refresh with a challenge (" + reply.challengeName() + ")",
          "sign in again with auth.login()");
    }
    return tokens(reply.result(), current.refreshToken());
  }

  /** Tokens from an authentication result; {@code previousRefresh} stays when none is new. */
  Tokens tokens(AuthenticationResultType result, String previousRefresh) {
    if (result.idToken() == null || result.accessToken() == null) {
      throw new AuthException(
          Reason.PROTOCOL,
          "Cognito returned no ID or access token",
          "check that endpoints.cognitoIdp points at a Cognito User Pool endpoint");
    }
    Jwt id = Jwt.decode(result.idToken());
    Jwt access = Jwt.decode(result.accessToken());
    String refresh = result.refreshToken() != null ? result.refreshToken() : previousRefresh;
    if (id.expiry() == null && result.expiresIn() != null) {
      return new Tokens(id, access, refresh, clock.instant().plusSeconds(result.expiresIn()));
    }
    return Tokens.of(id, access, refresh);
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
    return tokens(reply.result(), null);
  }

  private Reply answer(Pending pending, ChallengeAnswers answers, String totpSecret) {
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
        case Challenge.MFA_SETUP -> mfaSetup(pending, c, answers);
        default ->
            throw new AuthException(
                Reason.PROTOCOL,
                "Cognito asked for " + c.name() + ", which cogsh does not answer",
                "sign in another way (device SRP and passkeys are not supported yet)");
      };
    } catch (SignInPaused paused) {
      throw paused;
    } catch (AuthException e) {
      if (resumable(e)) {
        throw new SignInPaused(pending, e);
      }
      throw e;
    }
  }

  private static boolean resumable(AuthException e) {
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

  /** How many new passwords a person at a terminal may try before the sign-in gives up. */
  private static final int NEW_PASSWORD_TRIES = 3;

  /**
   * Answers {@code NEW_PASSWORD_REQUIRED}; a refused password is asked for again when the answers
   * can.
   */
  private Reply newPassword(Pending p, Challenge c, ChallengeAnswers answers) {
    for (int tries = 1; ; tries++) {
      NewPassword answer = answers.newPassword(c);
      try {
        return respond(p, answer.responses(c), answer.password());
      } catch (AuthException e) {
        boolean refused = e.reason() == Reason.INVALID_PASSWORD;
        if (!refused || tries >= NEW_PASSWORD_TRIES || !answers.askAgainAfter(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * {@code MFA_SETUP}: associate a TOTP key, verify the first code, then answer the challenge. When
   * the offered types cannot be read, TOTP is tried and Cognito says if it is not allowed.
   */
  private Reply mfaSetup(Pending pending, Challenge c, ChallengeAnswers answers) {
    if (!c.mfaOptions().isEmpty() && !c.mfaOptions().contains(Challenge.SOFTWARE_TOKEN_MFA)) {
      throw new AuthException(
          Reason.CONFIGURATION,
          "MFA_SETUP offers only " + c.mfaOptions() + "; cogsh sets up authenticator apps (TOTP)",
          "set up MFA for this user elsewhere (e.g. the hosted UI), then sign in again");
    }
    Pending p = pending;
    if (p.setup() == null) {
      AssociateSoftwareTokenResponse associated =
          calls.associateSoftwareToken(p.session(), p.username());
      TotpSetup setup = TotpSetup.of(associated.secretCode(), p.displayName());
      onSetup.accept(setup);
      p = p.withSetup(setup, associated.session() != null ? associated.session() : p.session());
    }
    try {
      String code = answers.totpSetupCode(c.at(clock.instant()), p.setup());
      VerifySoftwareTokenResponse verified =
          calls.verifySoftwareToken(p.session(), code, p.username());
      if (verified.status() != VerifySoftwareTokenResponseType.SUCCESS) {
        throw new AuthException(
            Reason.CODE_MISMATCH,
            "Cognito did not accept the authenticator code (" + verified.statusAsString() + ")",
            "check the app's clock and try the next code with auth.answer(\"…\")");
      }
      String session = verified.session() != null ? verified.session() : p.session();
      return calls.respond(Challenge.MFA_SETUP, session, Map.of(), p.username());
    } catch (AuthException e) {
      if (resumable(e)) {
        throw new SignInPaused(p, e);
      }
      throw e;
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

  private static String required(Map<String, String> parameters, String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new AuthException(
          Reason.PROTOCOL,
          "Cognito's PASSWORD_VERIFIER challenge lacks " + name,
          "the endpoint is not behaving like Cognito; check endpoints.cognitoIdp");
    }
    return value;
  }
}
