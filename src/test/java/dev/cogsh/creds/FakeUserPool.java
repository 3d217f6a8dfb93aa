package dev.cogsh.creds;

import dev.cogsh.config.Config;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

/**
 * A User Pool that accepts any password ({@code USER_PASSWORD_AUTH}) and refresh token, issuing
 * unsigned JWTs with Cognito's claims; enough for {@code auth} to hold tokens for {@code creds}.
 */
final class FakeUserPool implements CognitoIdentityProviderClient {

  static final String SUB = "5f0c9a1e-1111-2222-3333-444455556666";

  final AtomicInteger logins = new AtomicInteger();
  final AtomicInteger refreshes = new AtomicInteger();
  private final Config config;
  private final Clock clock;
  private final Duration tokenTtl;
  private String issuer;

  FakeUserPool(Config config, Clock clock, Duration tokenTtl) {
    this.config = config;
    this.clock = clock;
    this.tokenTtl = tokenTtl;
    this.issuer = config.issuer();
  }

  /** Issue tokens from another pool from now on (for "Issuer doesn't match providerName"). */
  FakeUserPool issuer(String value) {
    this.issuer = value;
    return this;
  }

  @Override
  public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
    if (request.authFlow() == AuthFlowType.REFRESH_TOKEN_AUTH) {
      refreshes.incrementAndGet();
    } else {
      logins.incrementAndGet();
    }
    long now = clock.instant().getEpochSecond();
    long exp = now + tokenTtl.getSeconds();
    String claims =
        "{\"sub\":\"%s\",\"iss\":\"%s\",\"aud\":\"%s\",\"token_use\":\"id\",\"iat\":%d,\"exp\":%d,"
            + "\"cognito:username\":\"demo\",\"email\":\"demo@example.com\"}";
    String id = jwt(String.format(claims, SUB, issuer, config.appClientId(), now, exp));
    String access =
        jwt(
            String.format(
                "{\"sub\":\"%s\",\"token_use\":\"access\",\"username\":\"demo\",\"exp\":%d}",
                SUB, exp));
    return InitiateAuthResponse.builder()
        .authenticationResult(
            AuthenticationResultType.builder()
                .idToken(id)
                .accessToken(access)
                .refreshToken("refresh-token-opaque-value-0123456789")
                .expiresIn((int) tokenTtl.getSeconds())
                .tokenType("Bearer")
                .build())
        .build();
  }

  private static String jwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".c2lnbmF0dXJl";
  }

  @Override
  public String serviceName() {
    return "cognito-idp";
  }

  @Override
  public void close() {}
}
