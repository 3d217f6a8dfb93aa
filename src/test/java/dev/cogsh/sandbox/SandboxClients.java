package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.config.Config;
import dev.cogsh.srp.PasswordClaim;
import dev.cogsh.srp.SecretHash;
import dev.cogsh.srp.SrpClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * The real AWS SDK clients pointed at a sandbox (anonymous credentials, URL-connection client,
 * endpoint override), and the sign-in steps tests repeat.
 */
final class SandboxClients implements AutoCloseable {
  static final SecureRandom RANDOM = new SecureRandom();

  final Sandbox sandbox;
  final Config config;
  final Clock clock;
  final CognitoIdentityProviderClient idp;
  final CognitoIdentityClient identity;

  SandboxClients(Sandbox sandbox, Clock clock) {
    this(sandbox, sandbox.config(), clock);
    hookToken = sandbox.hookToken();
  }

  /** The token of the sandbox's test hooks ({@code --config-out}'s for a remote one). */
  String hookToken = "";

  /** Clients of a sandbox in another process, at {@code endpoint}. */
  static SandboxClients remote(URI endpoint, Clock clock) {
    return remote(endpoint, clock, null);
  }

  /** Clients of a sandbox in another process whose app client has {@code clientSecret}. */
  static SandboxClients remote(URI endpoint, Clock clock, String clientSecret) {
    return new SandboxClients(
        null,
        Sandbox.config(
            new SandboxIds("us-east-1", "prod"), endpoint, clientSecret, "demo@example.com"),
        clock);
  }

  private SandboxClients(Sandbox sandbox, Config config, Clock clock) {
    this.sandbox = sandbox;
    this.config = config;
    this.clock = clock;
    URI endpoint = config.endpoints().cognitoIdp();
    this.idp =
        CognitoIdentityProviderClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    this.identity =
        CognitoIdentityClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  String clientId() {
    return config.appClientId();
  }

  /** Adds {@code SECRET_HASH} when the client has a secret. */
  Map<String, String> withSecretHash(Map<String, String> params, String username) {
    Map<String, String> all = new HashMap<>(params);
    String secret = config.appClientSecret();
    if (secret != null) {
      all.put("SECRET_HASH", SecretHash.compute(username, clientId(), secret));
    }
    return all;
  }

  /** {@code InitiateAuth USER_SRP_AUTH}; returns the client half with the response. */
  record SrpStart(SrpClient srp, InitiateAuthResponse response) {}

  SrpStart startSrp(String username) {
    SrpClient srp = SrpClient.start(RANDOM);
    InitiateAuthResponse response =
        idp.initiateAuth(
            b ->
                b.clientId(clientId())
                    .authFlow(AuthFlowType.USER_SRP_AUTH)
                    .authParameters(
                        withSecretHash(
                            Map.of("USERNAME", username, "SRP_A", srp.srpA()), username)));
    return new SrpStart(srp, response);
  }

  /** Answers {@code PASSWORD_VERIFIER} with a claim for {@code password}. */
  RespondToAuthChallengeResponse answerPasswordVerifier(SrpStart start, String password)
      throws Exception {
    Map<String, String> p = start.response().challengeParameters();
    PasswordClaim claim =
        start
            .srp()
            .claim(
                config.poolName(),
                p.get("USER_ID_FOR_SRP"),
                password,
                p.get("SALT"),
                p.get("SRP_B"),
                p.get("SECRET_BLOCK"),
                clock.instant());
    String username = p.get("USERNAME");
    return idp.respondToAuthChallenge(
        b ->
            b.clientId(clientId())
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                .session(start.response().session())
                .challengeResponses(
                    withSecretHash(
                        Map.of(
                            "USERNAME", username,
                            "PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock(),
                            "PASSWORD_CLAIM_SIGNATURE", claim.signature(),
                            "TIMESTAMP", claim.timestamp()),
                        username)));
  }

  /** A full SRP sign-in of a user without challenges beyond the password. */
  AuthenticationResultType signInSrp(String username, String password) throws Exception {
    RespondToAuthChallengeResponse r = answerPasswordVerifier(startSrp(username), password);
    if (r.authenticationResult() == null) {
      throw new AssertionError("expected tokens, got challenge " + r.challengeName());
    }
    return r.authenticationResult();
  }

  /** GetId + GetCredentialsForIdentity with an ID token. */
  Credentials credentials(String idToken) {
    String loginsKey = config.loginsKey();
    String identityId =
        identity
            .getId(
                b -> b.identityPoolId(config.identityPoolId()).logins(Map.of(loginsKey, idToken)))
            .identityId();
    return identity
        .getCredentialsForIdentity(b -> b.identityId(identityId).logins(Map.of(loginsKey, idToken)))
        .credentials();
  }

  /** Guest credentials: GetId and GetCredentialsForIdentity without logins. */
  Credentials guestCredentials() {
    String identityId = identity.getId(b -> b.identityPoolId(config.identityPoolId())).identityId();
    return identity.getCredentialsForIdentity(b -> b.identityId(identityId)).credentials();
  }

  @Override
  public void close() {
    idp.close();
    identity.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }

  JsonNode lastMessage(String purpose) throws Exception {
    JsonNode last = null;
    for (JsonNode m : getJson("/_sandbox/messages")) {
      if (m.path("purpose").asText().equals(purpose)) {
        last = m;
      }
    }
    assertThat(last).as("a " + purpose + " message").isNotNull();
    return last;
  }

  JsonNode getJson(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(config.endpoints().cognitoIdp() + path))
                    .header(HookGuard.TOKEN_HEADER, hookToken)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(response.body());
  }

  static JsonNode claims(String jwt) throws Exception {
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  static String message(Throwable e) {
    return ((software.amazon.awssdk.awscore.exception.AwsServiceException) e)
        .awsErrorDetails()
        .errorMessage();
  }

  /** A request signed by the AWS SDK's signer with {@code creds}, at the clock's time. */
  RawHttp.Response call(String method, String path, String body, Credentials creds)
      throws Exception {
    URI base = config.endpoints().cognitoIdp();
    SdkSigning.Wire w =
        SdkSigning.sign(
            method,
            URI.create(base + path),
            body.isEmpty() ? Map.of() : Map.of("Content-Type", "application/json"),
            body.getBytes(StandardCharsets.UTF_8),
            creds,
            clock.instant());
    return RawHttp.send(base, w.method(), w.target(), w.headers(), w.body());
  }
}
