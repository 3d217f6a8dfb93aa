package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.otp.Totp;
import dev.cogsh.srp.SrpException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * The user pool's side of sign-in, {@code InitiateAuth} and {@code RespondToAuthChallenge}: the
 * server half of the state machine whose client half is {@code auth.SignInStateMachine}. A password
 * (by SRP or in clear) leads to {@code NEW_PASSWORD_REQUIRED} for a user in {@code
 * FORCE_CHANGE_PASSWORD}, then to the user's MFA challenge, then to tokens.
 */
final class UserPoolSignIn {
  static final String WRONG_PASSWORD = "Incorrect username or password.";

  private final SandboxIds ids;
  private final UserPool pool;
  private final TokenIssuer tokens;
  private final ChallengeSessions sessions;
  private final Messages messages;
  private final Clock clock;
  private final SecureRandom random;
  private final RandomIds idGen;
  private final DeviceSignIn devices;
  private final SignInFlows flows;
  private final SrpStart srp;

  UserPoolSignIn(
      SandboxIds ids,
      UserPool pool,
      TokenIssuer tokens,
      ChallengeSessions sessions,
      Messages messages,
      Clock clock,
      SecureRandom random,
      RandomIds idGen,
      DeviceSignIn devices,
      SignInSettings settings) {
    this.ids = ids;
    this.pool = pool;
    this.tokens = tokens;
    this.sessions = sessions;
    this.messages = messages;
    this.clock = clock;
    this.random = random;
    this.idGen = idGen;
    this.devices = devices;
    this.srp = new SrpStart(pool, sessions, random, idGen);
    this.flows = new SignInFlows(this, srp, pool, sessions, messages, idGen, settings);
  }

  ObjectNode initiateAuth(ObjectNode request) {
    pool.checkClient(request);
    String flow = Json.text(request, "AuthFlow");
    Map<String, String> params = Json.textMap(request, "AuthParameters");
    return switch (flow) {
      case "USER_SRP_AUTH" -> startSrp(params);
      case "USER_PASSWORD_AUTH" -> passwordAuth(params);
      case "USER_AUTH" -> flows.userAuth(params);
      case "CUSTOM_AUTH" -> flows.custom(params);
      case "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN" -> refresh(params);
      default ->
          throw AwsErrorException.cognito(
              "InvalidParameterException", "Initiate Auth method not supported.");
    };
  }

  ObjectNode respondToAuthChallenge(ObjectNode request) {
    pool.checkClient(request);
    String challenge = Json.text(request, "ChallengeName");
    String sessionId = Json.optionalText(request, "Session");
    Map<String, String> answers = Json.textMap(request, "ChallengeResponses");
    String username = required(answers, "USERNAME");
    ChallengeSessions.Pending pending = sessions.take(sessionId);
    if (!pending.challenge().equals(challenge)) {
      throw AwsErrorException.cognito(
          "InvalidParameterException",
          "Invalid challenge name " + challenge + ": the session expects " + pending.challenge());
    }
    PoolUser user = pool.user(pending.username());
    if (user == null || !user.username().equalsIgnoreCase(username)) {
      throw AwsErrorException.cognito("NotAuthorizedException", WRONG_PASSWORD);
    }
    pool.checkSecretHash(answers.get("SECRET_HASH"), username);
    String deviceKey = answers.getOrDefault("DEVICE_KEY", pending.deviceKey());
    return switch (challenge) {
      case "PASSWORD_VERIFIER" -> passwordVerifier(user, pending, answers, deviceKey);
      case "NEW_PASSWORD_REQUIRED" -> {
        try {
          yield newPassword(user, answers, deviceKey);
        } catch (AwsErrorException e) {
          sessions.restore(sessionId, pending); // as Cognito: a refused password may be retried
          throw e;
        }
      }
      case "DEVICE_SRP_AUTH" -> devices.start(user, answers);
      case "DEVICE_PASSWORD_VERIFIER" ->
          authenticated(user, devices.verify(user, pending, answers));
      case "SOFTWARE_TOKEN_MFA" -> {
        String code = required(answers, "SOFTWARE_TOKEN_MFA_CODE");
        if (!Totp.verify(user.totpSecret(), code, clock.instant(), 1)) {
          sessions.restore(sessionId, pending);
          throw AwsErrorException.cognito(
              "CodeMismatchException", "Invalid code received for user");
        }
        yield authenticated(user, pending.deviceKey());
      }
      case "SMS_MFA" -> {
        if (!pending.smsCode().equals(required(answers, "SMS_MFA_CODE"))) {
          sessions.restore(sessionId, pending);
          throw AwsErrorException.cognito(
              "CodeMismatchException", "Invalid code or auth state for the user.");
        }
        yield authenticated(user, pending.deviceKey());
      }
      case "SELECT_CHALLENGE", "EMAIL_OTP", "SMS_OTP", "CUSTOM_CHALLENGE", "WEB_AUTHN" ->
          flows.respond(user, pending, sessionId, answers, deviceKey);
      default -> throw new IllegalStateException("unknown pending challenge " + challenge);
    };
  }

  private ObjectNode startSrp(Map<String, String> params) {
    String username = required(params, "USERNAME");
    pool.checkSecretHash(params.get("SECRET_HASH"), username);
    PoolUser user = pool.user(username);
    if (user == null) {
      throw AwsErrorException.cognito("NotAuthorizedException", WRONG_PASSWORD);
    }
    return srp.challenge(user, required(params, "SRP_A"), params.get("DEVICE_KEY"), null);
  }

  private ObjectNode passwordVerifier(
      PoolUser user,
      ChallengeSessions.Pending pending,
      Map<String, String> answers,
      String deviceKey) {
    String secretBlock = required(answers, "PASSWORD_CLAIM_SECRET_BLOCK");
    String signature = required(answers, "PASSWORD_CLAIM_SIGNATURE");
    String timestamp = required(answers, "TIMESTAMP");
    if (!secretBlock.equals(pending.secretBlock())) {
      throw AwsErrorException.cognito("NotAuthorizedException", WRONG_PASSWORD);
    }
    boolean verified;
    try {
      verified =
          pending
              .srp()
              .verifyClaim(
                  ids.poolName(),
                  user.username(),
                  pending.srpA(),
                  secretBlock,
                  timestamp,
                  signature);
    } catch (SrpException e) {
      throw AwsErrorException.cognito("InvalidParameterException", e.getMessage());
    }
    if (!verified) {
      throw AwsErrorException.cognito("NotAuthorizedException", WRONG_PASSWORD);
    }
    if ("CUSTOM_AUTH".equals(pending.flow())) {
      return flows.customChallenge(user, deviceKey); // the define trigger: SRP, then the question
    }
    return afterPassword(user, deviceKey);
  }

  private ObjectNode passwordAuth(Map<String, String> params) {
    String username = required(params, "USERNAME");
    String password = required(params, "PASSWORD");
    pool.checkSecretHash(params.get("SECRET_HASH"), username);
    PoolUser user = pool.user(username);
    if (user == null || !pool.passwordMatches(user, password)) {
      throw AwsErrorException.cognito("NotAuthorizedException", WRONG_PASSWORD);
    }
    SrpStart.refuseReset(user);
    return afterPassword(user, params.get("DEVICE_KEY"));
  }

  private ObjectNode refresh(Map<String, String> params) {
    TokenIssuer.Session session = tokens.session(required(params, "REFRESH_TOKEN"));
    PoolUser user = pool.user(session.username());
    if (user == null) {
      throw AwsErrorException.cognito("NotAuthorizedException", "Invalid Refresh Token");
    }
    pool.checkSecretHash(params.get("SECRET_HASH"), user.username(), user.sub());
    devices.checkRefresh(params.get("REFRESH_TOKEN"), params.get("DEVICE_KEY"));
    ObjectNode response = Json.object();
    response.set("AuthenticationResult", tokens.refresh(user, session));
    response.putObject("ChallengeParameters");
    return response;
  }

  private ObjectNode newPassword(PoolUser user, Map<String, String> answers, String deviceKey) {
    PoolUser changed =
        pool.withNewPassword(user, required(answers, "NEW_PASSWORD"), PoolUser.CONFIRMED);
    pool.save(changed);
    return afterPassword(changed, deviceKey);
  }

  /**
   * The step after a proven password: a new password, the device's SRP (which stands in for MFA on
   * a remembered device), an MFA code, or tokens.
   */
  ObjectNode afterPassword(PoolUser user, String deviceKey) {
    if (PoolUser.UNCONFIRMED.equals(user.status())) {
      throw AwsErrorException.cognito("UserNotConfirmedException", "User is not confirmed.");
    }
    ObjectNode response = Json.object();
    if (PoolUser.FORCE_CHANGE_PASSWORD.equals(user.status())) {
      response.put("ChallengeName", "NEW_PASSWORD_REQUIRED");
      ObjectNode attributes = user.attributes();
      attributes.remove("sub");
      response
          .putObject("ChallengeParameters")
          .put("USER_ID_FOR_SRP", user.username())
          .put("requiredAttributes", "[]")
          .put("userAttributes", Json.write(attributes));
      return response.put(
          "Session", sessions.open("NEW_PASSWORD_REQUIRED", user.username(), null, deviceKey));
    }
    if (devices.remembered(user, deviceKey)) {
      return devices.challenge(user, deviceKey);
    }
    if (PoolUser.TOTP.equals(user.mfa())) {
      response.put("ChallengeName", "SOFTWARE_TOKEN_MFA");
      response.putObject("ChallengeParameters").put("USER_ID_FOR_SRP", user.username());
      return response.put(
          "Session", sessions.open("SOFTWARE_TOKEN_MFA", user.username(), null, deviceKey));
    }
    if (PoolUser.SMS.equals(user.mfa())) {
      String code = idGen.code(6);
      messages.send("SMS", user.phoneNumber(), user.username(), "SMS_MFA", code);
      response.put("ChallengeName", "SMS_MFA");
      response
          .putObject("ChallengeParameters")
          .put("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
          .put("CODE_DELIVERY_DESTINATION", CodeDelivery.maskPhone(user.phoneNumber()))
          .put("USER_ID_FOR_SRP", user.username());
      return response.put("Session", sessions.open("SMS_MFA", user.username(), code, deviceKey));
    }
    return authenticated(user, deviceKey);
  }

  ObjectNode authenticated(PoolUser user, String deviceKey) {
    ObjectNode response = Json.object();
    ObjectNode result = tokens.signIn(user);
    devices.onSignedIn(user, deviceKey, result, clock.instant().getEpochSecond());
    response.set("AuthenticationResult", result);
    response.putObject("ChallengeParameters");
    return response;
  }

  static String required(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isEmpty()) {
      throw AwsErrorException.cognito(
          "InvalidParameterException", "Missing required parameter " + name);
    }
    return value;
  }
}
