package dev.cogsh.auth;

import dev.cogsh.auth.CognitoCalls.Reply;
import dev.cogsh.srp.SrpClient;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/**
 * The starts of choice-based ({@code USER_AUTH}) and custom ({@code CUSTOM_AUTH}) sign-in, and the
 * answer to {@code SELECT_CHALLENGE}, as Amplify JS sends them:
 *
 * <pre>
 * USER_AUTH  {USERNAME, PREFERRED_CHALLENGE?, PASSWORD | SRP_A}
 *     ──▶ SELECT_CHALLENGE (AvailableChallenges) ──▶ {ANSWER, PASSWORD | SRP_A}
 *     ──▶ PASSWORD_VERIFIER | EMAIL_OTP | SMS_OTP | tokens
 * CUSTOM_AUTH {USERNAME}                           ──▶ CUSTOM_CHALLENGE ...
 * CUSTOM_AUTH {USERNAME, SRP_A, CHALLENGE_NAME=SRP_A} ──▶ PASSWORD_VERIFIER ──▶ CUSTOM_CHALLENGE ...
 * </pre>
 *
 * <p>Passkeys ({@code WEB_AUTHN}) need a browser's WebAuthn: choosing them ends with a message that
 * points to managed login.
 */
final class FirstFactor {

  /** Where a start leaves the sign-in: Cognito's reply and the user name later calls send. */
  record Started(Reply reply, String username) {}

  private final CognitoCalls calls;
  private final SecureRandom random;
  private final PasswordVerifierStep verifier;
  private final Devices devices;

  FirstFactor(
      CognitoCalls calls, SecureRandom random, PasswordVerifierStep verifier, Devices devices) {
    this.calls = calls;
    this.random = random;
    this.verifier = verifier;
    this.devices = devices;
  }

  /**
   * {@code InitiateAuth USER_AUTH}; {@code preferred} may be null (Cognito then offers the choices
   * with {@code SELECT_CHALLENGE}), {@code password} is needed only for a password choice.
   */
  Started userAuth(String user, SignInChoice preferred, String password) {
    if (preferred == SignInChoice.WEB_AUTHN) {
      throw SignInChoice.passkeysNeedABrowser();
    }
    Map<String, String> start = new LinkedHashMap<>();
    start.put("USERNAME", user);
    devices.keyFor(user).ifPresent(key -> start.put("DEVICE_KEY", key));
    if (preferred == null) {
      return new Started(calls.initiate(AuthFlowType.USER_AUTH, start, user), user);
    }
    start.put("PREFERRED_CHALLENGE", preferred.name());
    if (preferred == SignInChoice.PASSWORD) {
      start.put("PASSWORD", password);
      return new Started(calls.initiate(AuthFlowType.USER_AUTH, start, user, password), user);
    }
    if (preferred == SignInChoice.PASSWORD_SRP) {
      SrpClient srp = SrpClient.start(random);
      start.put("SRP_A", srp.srpA());
      return proved(srp, calls.initiate(AuthFlowType.USER_AUTH, start, user), user, password);
    }
    return new Started(calls.initiate(AuthFlowType.USER_AUTH, start, user), user);
  }

  /**
   * {@code InitiateAuth CUSTOM_AUTH}: with a password, SRP first ({@code CHALLENGE_NAME=SRP_A}).
   */
  Started custom(String user, String password) {
    Map<String, String> start = new LinkedHashMap<>();
    start.put("USERNAME", user);
    devices.keyFor(user).ifPresent(key -> start.put("DEVICE_KEY", key));
    if (password == null) {
      return new Started(calls.initiate(AuthFlowType.CUSTOM_AUTH, start, user), user);
    }
    SrpClient srp = SrpClient.start(random);
    start.put("SRP_A", srp.srpA());
    start.put("CHALLENGE_NAME", "SRP_A");
    return proved(srp, calls.initiate(AuthFlowType.CUSTOM_AUTH, start, user), user, password);
  }

  /** Answers {@code SELECT_CHALLENGE} with the first factor {@code answers} choose. */
  Reply select(Pending pending, ChallengeAnswers answers) {
    Challenge c = pending.challenge();
    List<String> offered = c.availableChallenges();
    SignInChoice choice = chosen(c, answers.signInChoice(c, offered), offered);
    Map<String, String> responses = new LinkedHashMap<>();
    responses.put("ANSWER", choice.name());
    switch (choice) {
      case WEB_AUTHN -> throw SignInChoice.passkeysNeedABrowser();
      case PASSWORD -> {
        String password = answers.password(pending.displayName());
        responses.put("PASSWORD", password);
        return respond(pending, responses, password);
      }
      case PASSWORD_SRP -> {
        String password = answers.password(pending.displayName());
        SrpClient srp = SrpClient.start(random);
        responses.put("SRP_A", srp.srpA());
        Reply reply = respond(pending, responses);
        return proved(srp, reply, pending.displayName(), password).reply();
      }
      default -> {
        return respond(pending, responses);
      }
    }
  }

  private Started proved(SrpClient srp, Reply reply, String user, String password) {
    if (!Challenge.PASSWORD_VERIFIER.equals(reply.challengeName())) {
      return new Started(reply, user);
    }
    PasswordVerifierStep.Verified verified = verifier.answer(srp, reply, user, password);
    return new Started(verified.reply(), verified.username());
  }

  private Reply respond(Pending p, Map<String, String> responses, String... secrets) {
    return calls.respond(Challenge.SELECT_CHALLENGE, p.session(), responses, p.username(), secrets);
  }

  /** The answer as a choice Cognito offered; anything else pauses the sign-in, saying why. */
  private static SignInChoice chosen(Challenge c, String answer, List<String> offered) {
    SignInChoice choice;
    try {
      choice = SignInChoice.parse(answer);
    } catch (AuthException e) {
      throw NoAnswers.unanswered(
          "SELECT_CHALLENGE: " + e.getMessage(), "call auth.answer(\"" + first(offered) + "\")");
    }
    if (!offered.isEmpty() && !offered.contains(choice.name())) {
      throw NoAnswers.unanswered(
          "SELECT_CHALLENGE: "
              + choice
              + " is not offered to "
              + c.username()
              + "; Cognito offers "
              + String.join(", ", offered),
          "call auth.answer(\"" + first(offered) + "\")");
    }
    return choice;
  }

  private static String first(List<String> offered) {
    return offered.isEmpty() ? SignInChoice.PASSWORD_SRP.name() : offered.get(0);
  }
}
