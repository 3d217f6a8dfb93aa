package dev.cogsh.sandbox;

import dev.cogsh.srp.DeviceSrpServer;
import dev.cogsh.srp.SrpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code Session} strings of an ongoing sign-in, each valid for 3 minutes as in Cognito. At
 * most {@value #MAX} are kept; the oldest go first, so a flood of {@code InitiateAuth} cannot
 * exhaust memory.
 */
final class ChallengeSessions {
  static final Duration VALIDITY = Duration.ofMinutes(3);
  private static final int MAX = 10_000;

  /**
   * One pending challenge.
   *
   * @param challenge the challenge the client must answer next
   * @param username the user (stored spelling)
   * @param expires when the session lapses
   * @param srp the server half of SRP ({@code PASSWORD_VERIFIER} only)
   * @param srpA the client's {@code SRP_A} ({@code PASSWORD_VERIFIER} only)
   * @param secretBlock the {@code SECRET_BLOCK} sent ({@code PASSWORD_VERIFIER} only)
   * @param smsCode the code sent ({@code SMS_MFA} only)
   * @param deviceKey the {@code DEVICE_KEY} the sign-in started with, or {@code null}
   * @param deviceSrp the server half of device SRP ({@code DEVICE_PASSWORD_VERIFIER} only)
   * @param flow the {@code AuthFlow} that started the sign-in when it decides what follows ({@code
   *     USER_AUTH}, {@code CUSTOM_AUTH}), else {@code null}
   */
  record Pending(
      String challenge,
      String username,
      Instant expires,
      SrpServer srp,
      String srpA,
      String secretBlock,
      String smsCode,
      String deviceKey,
      DeviceSrpServer deviceSrp,
      String flow) {

    /** A pending challenge of a flow where the challenge alone decides what follows. */
    Pending(
        String challenge,
        String username,
        Instant expires,
        SrpServer srp,
        String srpA,
        String secretBlock,
        String smsCode,
        String deviceKey,
        DeviceSrpServer deviceSrp) {
      this(
          challenge,
          username,
          expires,
          srp,
          srpA,
          secretBlock,
          smsCode,
          deviceKey,
          deviceSrp,
          null);
    }

    /** The same challenge state, now carrying {@code key} as the sign-in's device. */
    Pending withDeviceKey(String key) {
      return new Pending(
          challenge, username, expires, srp, srpA, secretBlock, smsCode, key, deviceSrp, flow);
    }
  }

  private final Clock clock;
  private final RandomIds ids;
  private final Map<String, Pending> sessions = new LinkedHashMap<>();

  ChallengeSessions(Clock clock, RandomIds ids) {
    this.clock = clock;
    this.ids = ids;
  }

  /** Opens a session for a challenge; returns the {@code Session} string. */
  String open(
      String challenge,
      String username,
      SrpServer srp,
      String srpA,
      String secretBlock,
      String smsCode) {
    return open(
        new Pending(
            challenge,
            username,
            clock.instant().plus(VALIDITY),
            srp,
            srpA,
            secretBlock,
            smsCode,
            null,
            null));
  }

  /** Opens a session for a challenge of a sign-in from device {@code deviceKey}. */
  String open(String challenge, String username, String smsCode, String deviceKey) {
    return open(
        new Pending(
            challenge,
            username,
            clock.instant().plus(VALIDITY),
            null,
            null,
            null,
            smsCode,
            deviceKey,
            null));
  }

  /** Opens a session; its expiry is set from now. */
  String open(Pending state) {
    String id = ids.opaque(192);
    Pending pending =
        new Pending(
            state.challenge(),
            state.username(),
            clock.instant().plus(VALIDITY),
            state.srp(),
            state.srpA(),
            state.secretBlock(),
            state.smsCode(),
            state.deviceKey(),
            state.deviceSrp(),
            state.flow());
    synchronized (sessions) {
      sessions.put(id, pending);
      Iterator<Pending> oldest = sessions.values().iterator();
      while (sessions.size() > MAX && oldest.hasNext()) {
        oldest.next();
        oldest.remove();
      }
    }
    return id;
  }

  /** Takes (removes) a session, or fails as Cognito does for a missing or expired one. */
  Pending take(String session) {
    Pending pending;
    synchronized (sessions) {
      pending = session == null ? null : sessions.remove(session);
    }
    if (pending == null) {
      throw AwsErrorException.cognito("NotAuthorizedException", "Invalid session for the user.");
    }
    if (!clock.instant().isBefore(pending.expires())) {
      throw AwsErrorException.cognito(
          "NotAuthorizedException", "Invalid session for the user, session is expired.");
    }
    return pending;
  }

  /** Puts a session back after a wrong MFA code, so the user may try again until it expires. */
  void restore(String session, Pending pending) {
    synchronized (sessions) {
      sessions.put(session, pending);
    }
  }
}
