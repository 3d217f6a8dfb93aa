package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The user pool's choice-based ({@code USER_AUTH}) and custom ({@code CUSTOM_AUTH}) sign-in: the
 * server half of {@code auth.FirstFactor}, with Cognito's parameter names, challenge names and
 * errors.
 *
 * <ul>
 *   <li>{@code USER_AUTH}: {@code PREFERRED_CHALLENGE} when the user can use it, else {@code
 *       SELECT_CHALLENGE} with {@code AvailableChallenges}: {@code PASSWORD_SRP}, {@code PASSWORD},
 *       {@code EMAIL_OTP} (users with an e-mail address), {@code SMS_OTP} (users with a phone
 *       number) and {@code WEB_AUTHN}. A code sent by e-mail or SMS goes to {@code GET
 *       /_sandbox/messages}; a passwordless first factor needs no MFA, as in Cognito.
 *   <li>{@code CUSTOM_AUTH}: the define, create and verify triggers of {@code --custom-challenge
 *       'QUESTION=ANSWER'}: with {@code CHALLENGE_NAME=SRP_A} the password first, then {@code
 *       CUSTOM_CHALLENGE} with the {@code question}; the right {@code ANSWER} issues tokens, a
 *       wrong one fails the sign-in.
 * </ul>
 *
 * The sandbox has no passkeys: {@code WEB_AUTHN} is offered so that clients can be seen to handle
 * it, and a {@code WEB_AUTHN} challenge cannot be answered.
 */
final class SignInFlows {
  private static final String USER_AUTH = "USER_AUTH";
  private static final String CUSTOM_AUTH = "CUSTOM_AUTH";
  private static final String WRONG_CODE = "Invalid code or auth state for the user.";

  private final UserPoolSignIn signIn;
  private final SrpStart srp;
  private final UserPool pool;
  private final ChallengeSessions sessions;
  private final Messages messages;
  private final RandomIds idGen;
  private final SignInSettings settings;

  SignInFlows(
      UserPoolSignIn signIn,
      SrpStart srp,
      UserPool pool,
      ChallengeSessions sessions,
      Messages messages,
      RandomIds idGen,
      SignInSettings settings) {
    this.signIn = signIn;
    this.srp = srp;
    this.pool = pool;
    this.sessions = sessions;
    this.messages = messages;
    this.idGen = idGen;
    this.settings = settings;
  }

  /** {@code InitiateAuth USER_AUTH}. */
  ObjectNode userAuth(Map<String, String> params) {
    PoolUser user = user(params);
    String deviceKey = params.get("DEVICE_KEY");
    String preferred = params.get("PREFERRED_CHALLENGE");
    if (preferred == null || !available(user).contains(preferred)) {
      if (preferred != null && !List.of(choices()).contains(preferred)) {
        throw AwsErrorException.cognito(
            "InvalidParameterException", "Invalid PREFERRED_CHALLENGE: " + preferred);
      }
      return select(user, deviceKey);
    }
    return firstFactor(user, preferred, params, deviceKey);
  }

  /** {@code InitiateAuth CUSTOM_AUTH}. */
  ObjectNode custom(Map<String, String> params) {
    if (!settings.customAuth()) {
      throw AwsErrorException.cognito(
          "InvalidParameterException",
          "Custom auth lambda trigger is not configured for the user pool.");
    }
    PoolUser user = user(params);
    SrpStart.refuseReset(user);
    String deviceKey = params.get("DEVICE_KEY");
    if ("SRP_A".equals(params.get("CHALLENGE_NAME"))) {
      return srp.challenge(user, UserPoolSignIn.required(params, "SRP_A"), deviceKey, CUSTOM_AUTH);
    }
    return customChallenge(user, deviceKey);
  }

  /** The create trigger's {@code CUSTOM_CHALLENGE}: the configured question. */
  ObjectNode customChallenge(PoolUser user, String deviceKey) {
    ObjectNode response = Json.object().put("ChallengeName", "CUSTOM_CHALLENGE");
    response
        .putObject("ChallengeParameters")
        .put("USERNAME", user.username())
        .put("question", settings.customQuestion());
    return response.put("Session", open("CUSTOM_CHALLENGE", user, null, deviceKey, CUSTOM_AUTH));
  }

  /** {@code RespondToAuthChallenge} for the challenges of these flows. */
  ObjectNode respond(
      PoolUser user,
      ChallengeSessions.Pending pending,
      String sessionId,
      Map<String, String> answers,
      String deviceKey) {
    return switch (pending.challenge()) {
      case "SELECT_CHALLENGE" -> {
        String answer = UserPoolSignIn.required(answers, "ANSWER");
        if (!available(user).contains(answer)) {
          throw AwsErrorException.cognito(
              "InvalidParameterException", "Invalid ANSWER for SELECT_CHALLENGE: " + answer);
        }
        yield firstFactor(user, answer, answers, deviceKey);
      }
      case "EMAIL_OTP", "SMS_OTP" -> {
        String code = UserPoolSignIn.required(answers, pending.challenge() + "_CODE");
        if (!code.equals(pending.smsCode())) {
          sessions.restore(sessionId, pending); // as Cognito: the user may try again
          throw AwsErrorException.cognito("CodeMismatchException", WRONG_CODE);
        }
        yield signIn.authenticated(user, deviceKey); // a passwordless factor stands in for MFA
      }
      case "CUSTOM_CHALLENGE" -> {
        if (!settings.customAnswer().equals(UserPoolSignIn.required(answers, "ANSWER"))) {
          // the define trigger fails the sign-in at the first wrong answer
          throw AwsErrorException.cognito("NotAuthorizedException", UserPoolSignIn.WRONG_PASSWORD);
        }
        yield signIn.authenticated(user, deviceKey);
      }
      default ->
          throw AwsErrorException.cognito(
              "NotAuthorizedException",
              "The sandbox has no passkeys: WEB_AUTHN cannot be answered");
    };
  }

  /** The factor {@code choice}, started with what {@code params} carry. */
  private ObjectNode firstFactor(
      PoolUser user, String choice, Map<String, String> params, String deviceKey) {
    return switch (choice) {
      case "PASSWORD" -> {
        String password = UserPoolSignIn.required(params, "PASSWORD");
        if (!pool.passwordMatches(user, password)) {
          throw AwsErrorException.cognito("NotAuthorizedException", UserPoolSignIn.WRONG_PASSWORD);
        }
        SrpStart.refuseReset(user);
        yield signIn.afterPassword(user, deviceKey);
      }
      case "PASSWORD_SRP" ->
          srp.challenge(user, UserPoolSignIn.required(params, "SRP_A"), deviceKey, USER_AUTH);
      case "EMAIL_OTP" -> sendCode(user, "EMAIL", user.email(), deviceKey);
      case "SMS_OTP" -> sendCode(user, "SMS", user.phoneNumber(), deviceKey);
      default -> webAuthn(user, deviceKey);
    };
  }

  private ObjectNode select(PoolUser user, String deviceKey) {
    ObjectNode response = Json.object().put("ChallengeName", "SELECT_CHALLENGE");
    available(user).forEach(response.putArray("AvailableChallenges")::add);
    response.putObject("ChallengeParameters").put("USERNAME", user.username());
    return response.put("Session", open("SELECT_CHALLENGE", user, null, deviceKey, USER_AUTH));
  }

  private ObjectNode sendCode(PoolUser user, String channel, String to, String deviceKey) {
    String challenge = channel + "_OTP";
    String code = idGen.code(channel.equals("EMAIL") ? 8 : 6);
    messages.send(channel, to, user.username(), challenge, code);
    ObjectNode response = Json.object().put("ChallengeName", challenge);
    response
        .putObject("ChallengeParameters")
        .put("CODE_DELIVERY_DELIVERY_MEDIUM", channel)
        .put(
            "CODE_DELIVERY_DESTINATION",
            channel.equals("EMAIL") ? CodeDelivery.maskEmail(to) : CodeDelivery.maskPhone(to))
        .put("USERNAME", user.username());
    return response.put("Session", open(challenge, user, code, deviceKey, USER_AUTH));
  }

  private ObjectNode webAuthn(PoolUser user, String deviceKey) {
    ObjectNode options =
        Json.object()
            .put("challenge", idGen.opaque(32))
            .put("rpId", "localhost")
            .put("timeout", 180000);
    options.putArray("allowCredentials");
    ObjectNode response = Json.object().put("ChallengeName", "WEB_AUTHN");
    response
        .putObject("ChallengeParameters")
        .put("CREDENTIAL_REQUEST_OPTIONS", Json.write(options))
        .put("USERNAME", user.username());
    return response.put("Session", open("WEB_AUTHN", user, null, deviceKey, USER_AUTH));
  }

  /** The first factors {@code user} may choose, in the order offered. */
  private static List<String> available(PoolUser user) {
    List<String> offered = new ArrayList<>(List.of("PASSWORD_SRP", "PASSWORD"));
    if (user.email() != null) {
      offered.add("EMAIL_OTP");
    }
    if (user.phoneNumber() != null) {
      offered.add("SMS_OTP");
    }
    offered.add("WEB_AUTHN");
    return offered;
  }

  private static String[] choices() {
    return new String[] {"PASSWORD_SRP", "PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"};
  }

  private PoolUser user(Map<String, String> params) {
    String username = UserPoolSignIn.required(params, "USERNAME");
    pool.checkSecretHash(params.get("SECRET_HASH"), username);
    PoolUser user = pool.user(username);
    if (user == null) {
      throw AwsErrorException.cognito("NotAuthorizedException", UserPoolSignIn.WRONG_PASSWORD);
    }
    if (PoolUser.UNCONFIRMED.equals(user.status())) {
      throw AwsErrorException.cognito("UserNotConfirmedException", "User is not confirmed.");
    }
    return user;
  }

  private String open(String challenge, PoolUser user, String code, String deviceKey, String flow) {
    return sessions.open(
        new ChallengeSessions.Pending(
            challenge, user.username(), null, null, null, null, code, deviceKey, null, flow));
  }
}
