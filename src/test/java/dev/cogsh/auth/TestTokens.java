package dev.cogsh.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/** Unsigned JWTs and Cognito replies for the fake. */
final class TestTokens {

  static final String SUB = "5f0c9a1e-1111-2222-3333-444455556666";

  private TestTokens() {}

  static String jwt(String claimsJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString("signature".getBytes(StandardCharsets.UTF_8));
  }

  static String idToken(String username, Instant exp) {
    return jwt(
        "{\"sub\":\""
            + SUB
            + "\",\"cognito:username\":\""
            + username
            + "\",\"email\":\"ada@example.com\",\"token_use\":\"id\",\"exp\":"
            + exp.getEpochSecond()
            + "}");
  }

  static String accessToken(String username, Instant exp) {
    return jwt(
        "{\"sub\":\""
            + SUB
            + "\",\"username\":\""
            + username
            + "\",\"token_use\":\"access\",\"exp\":"
            + exp.getEpochSecond()
            + "}");
  }

  static AuthenticationResultType result(String username, Instant exp, String refresh) {
    return AuthenticationResultType.builder()
        .idToken(idToken(username, exp))
        .accessToken(accessToken(username, exp))
        .refreshToken(refresh)
        .expiresIn(3600)
        .tokenType("Bearer")
        .build();
  }

  static InitiateAuthResponse initiateTokens(String username, Instant exp, String refresh) {
    return InitiateAuthResponse.builder()
        .authenticationResult(result(username, exp, refresh))
        .build();
  }

  static RespondToAuthChallengeResponse respondTokens(String username, Instant exp) {
    return RespondToAuthChallengeResponse.builder()
        .authenticationResult(result(username, exp, "refresh-token-0123456789"))
        .build();
  }

  static InitiateAuthResponse initiateChallenge(
      String name, String session, Map<String, String> p) {
    return InitiateAuthResponse.builder()
        .challengeName(ChallengeNameType.fromValue(name))
        .session(session)
        .challengeParameters(p)
        .build();
  }

  static RespondToAuthChallengeResponse respondChallenge(
      String name, String session, Map<String, String> p) {
    return RespondToAuthChallengeResponse.builder()
        .challengeName(ChallengeNameType.fromValue(name))
        .session(session)
        .challengeParameters(p)
        .build();
  }
}
