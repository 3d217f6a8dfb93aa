package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.CognitoCalls.Reply;
import dev.cogsh.config.Config;
import dev.cogsh.srp.PasswordClaim;
import dev.cogsh.srp.SrpClient;
import dev.cogsh.srp.SrpException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers {@code PASSWORD_VERIFIER}, whichever flow started SRP with {@code SRP_A}: {@code
 * USER_SRP_AUTH}, {@code USER_AUTH} with {@code PASSWORD_SRP}, or {@code CUSTOM_AUTH} with {@code
 * CHALLENGE_NAME=SRP_A}. The SRP maths use {@code USER_ID_FOR_SRP}; the answer is sent as the
 * internal {@code USERNAME} of the challenge.
 */
final class PasswordVerifierStep {

  /** Cognito's reply to the proof, and the internal user name later calls send. */
  record Verified(Reply reply, String username) {}

  private final CognitoCalls calls;
  private final Config config;
  private final Clock clock;
  private final Devices devices;

  PasswordVerifierStep(CognitoCalls calls, Config config, Clock clock, Devices devices) {
    this.calls = calls;
    this.config = config;
    this.clock = clock;
    this.devices = devices;
  }

  /** Proves {@code password} to the {@code PASSWORD_VERIFIER} challenge in {@code reply}. */
  Verified answer(SrpClient srp, Reply reply, String user, String password) {
    Map<String, String> p = reply.parameters();
    String userIdForSrp = required(p, "USER_ID_FOR_SRP");
    String internal = p.getOrDefault("USERNAME", userIdForSrp);
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
    devices.keyFor(user).ifPresent(key -> responses.put("DEVICE_KEY", key));
    try {
      return new Verified(
          calls.respond(
              Challenge.PASSWORD_VERIFIER, reply.session(), responses, internal, password),
          internal);
    } catch (AuthException e) {
      if (e.reason() != Reason.WRONG_PASSWORD) {
        throw e;
      }
      throw new AuthException(
          e.reason(),
          e.getMessage(),
          e.hint()
              + "; if the password is right, check userPoolId ("
              + config.userPoolId()
              + "): SRP mixes the pool's name into the proof, so a wrong pool id fails like a"
              + " wrong password",
          e);
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
