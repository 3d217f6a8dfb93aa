package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogsh.srp.SrpGroup;
import dev.cogsh.srp.SrpServer;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The start of SRP, whichever flow sent {@code SRP_A}: {@code USER_SRP_AUTH}, {@code USER_AUTH}
 * with {@code PASSWORD_SRP}, or {@code CUSTOM_AUTH} with {@code CHALLENGE_NAME=SRP_A}.
 */
final class SrpStart {
  private final UserPool pool;
  private final ChallengeSessions sessions;
  private final SecureRandom random;
  private final RandomIds idGen;

  SrpStart(UserPool pool, ChallengeSessions sessions, SecureRandom random, RandomIds idGen) {
    this.pool = pool;
    this.sessions = sessions;
    this.random = random;
    this.idGen = idGen;
  }

  /**
   * {@code PASSWORD_VERIFIER} for {@code srpA}: the salt, {@code SRP_B} and secret block; {@code
   * flow} ({@code CUSTOM_AUTH}, {@code USER_AUTH} or null) decides what a verified proof leads to.
   */
  ObjectNode challenge(PoolUser user, String srpA, String deviceKey, String flow) {
    if (!srpA.matches("[0-9a-fA-F]{1,1024}")
        || new BigInteger(srpA, 16).mod(SrpGroup.N).signum() == 0) {
      throw AwsErrorException.cognito("InvalidParameterException", "SRP_A is not a valid value.");
    }
    refuseReset(user);
    SrpServer srp = SrpServer.start(pool.verifier(user), random);
    String secretBlock = Base64.getEncoder().encodeToString(idGen.bytes(96));
    String session =
        sessions.open(
            new ChallengeSessions.Pending(
                "PASSWORD_VERIFIER",
                user.username(),
                null,
                srp,
                srpA,
                secretBlock,
                null,
                deviceKey,
                null,
                flow));
    ObjectNode response = Json.object().put("ChallengeName", "PASSWORD_VERIFIER");
    response
        .putObject("ChallengeParameters")
        .put("SALT", user.saltHex())
        .put("SECRET_BLOCK", secretBlock)
        .put("SRP_B", srp.srpB())
        .put("USERNAME", user.username())
        .put("USER_ID_FOR_SRP", user.username());
    return response.put("Session", session);
  }

  /** As Cognito: a user whose password an administrator reset cannot sign in with it. */
  static void refuseReset(PoolUser user) {
    if (PoolUser.RESET_REQUIRED.equals(user.status())) {
      throw AwsErrorException.cognito(
          "PasswordResetRequiredException", "Password reset required for the user");
    }
  }
}
