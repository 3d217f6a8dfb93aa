package dev.cogsh.auth;

import dev.cogsh.auth.AuthException.Reason;
import dev.cogsh.auth.CognitoCalls.Reply;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/** Tokens from a sign-in's result, and new ones by {@code REFRESH_TOKEN_AUTH}. */
final class TokenResults {

  private final CognitoCalls calls;
  private final Devices devices;
  private final Clock clock;

  TokenResults(CognitoCalls calls, Devices devices, Clock clock) {
    this.calls = calls;
    this.devices = devices;
    this.clock = clock;
  }

  /**
   * {@code REFRESH_TOKEN_AUTH}. Its SECRET_HASH is computed with the user's internal name ({@link
   * Tokens#username()}: {@code cognito:username}), which for alias sign-in is not what was typed.
   */
  Tokens refresh(Tokens current) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("REFRESH_TOKEN", current.refreshToken());
    String deviceKey = devices.currentKey();
    if (deviceKey != null) {
      parameters.put("DEVICE_KEY", deviceKey);
    }
    Reply reply;
    try {
      reply =
          calls.initiate(
              AuthFlowType.REFRESH_TOKEN_AUTH,
              parameters,
              current.username(),
              current.refreshToken());
    } catch (AuthException e) {
      if (deviceKey != null || e.reason() != Reason.SESSION_EXPIRED) {
        throw e;
      }
      throw new AuthException(
          e.reason(),
          e.getMessage(),
          e.hint()
              + " (on a pool that tracks devices, a refresh must send the DEVICE_KEY of the"
              + " sign-in's device: cogsh sends it when the sign-in was from a tracked device)",
          e);
    }
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
}
