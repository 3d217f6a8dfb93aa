package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/** The API Gateway emulation against requests signed by the AWS SDK's own signer. */
class ApiSignatureTest {
  static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  static final MutableClock CLOCK = new MutableClock(T0);
  static final ObjectMapper JSON = new ObjectMapper();
  static SignedInSandbox sandbox;
  static SandboxClients clients;
  static Credentials creds;
  static URI base;

  @BeforeAll
  static void start() throws Exception {
    sandbox = SignedInSandbox.start(CLOCK);
    clients = sandbox.clients;
    creds = sandbox.creds;
    base = sandbox.base;
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void sdkSignedRequest_isAccepted_andEchoShowsWhatTheSandboxComputed() throws Exception {
    RawHttp.Response r = sandbox.send(sandbox.echoRequest(T0));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode echo = JSON.readTree(r.body());
    assertThat(echo.path("path").asText()).isEqualTo("/prod/echo/abc");
    assertThat(echo.path("query").asText()).isEqualTo("a=1&b=x%2Fy");
    assertThat(echo.path("body").asText()).isEqualTo("{\"a\":1}");
    assertThat(echo.path("authenticated").asBoolean()).isTrue();
    assertThat(echo.path("canonicalRequest").asText())
        .startsWith("POST\n/prod/echo/abc\na=1&b=x%2Fy\n")
        .endsWith(sha256("{\"a\":1}"));
  }

  @Test
  void dateMoreThanFiveMinutesOld_isSignatureExpired() throws Exception {
    RawHttp.Response r = sandbox.send(sandbox.echoRequest(T0.minusSeconds(301)));

    assertGateway(
        r,
        403,
        "InvalidSignatureException",
        "Signature expired: 20260115T095459Z is now earlier than 20260115T095500Z"
            + " (20260115T100000Z - 5 min.)");
  }

  @Test
  void dateMoreThanFiveMinutesAhead_isNotYetCurrent() throws Exception {
    RawHttp.Response r = sandbox.send(sandbox.echoRequest(T0.plusSeconds(301)));

    assertGateway(
        r,
        403,
        "InvalidSignatureException",
        "Signature not yet current: 20260115T100501Z is still later than 20260115T100500Z"
            + " (20260115T100000Z + 5 min.)");
  }

  @Test
  void expiredCredentials_areAnExpiredToken() throws Exception {
    CLOCK.set(creds.expiration());
    try {
      RawHttp.Response r = sandbox.send(sandbox.echoRequest(CLOCK.instant()));

      assertGateway(
          r, 403, "ExpiredTokenException", "The security token included in the request is expired");
    } finally {
      CLOCK.set(T0);
    }
  }

  @Test
  void unknownAccessKey_andWrongSessionToken_areAnInvalidToken() throws Exception {
    Credentials unknown = creds.toBuilder().accessKeyId("ASIAUNKNOWNKEY000000").build();
    Credentials wrongToken = creds.toBuilder().sessionToken(creds.sessionToken() + "x").build();
    for (Credentials c : List.of(unknown, wrongToken)) {
      RawHttp.Response r =
          sandbox.send(
              SdkSigning.sign(
                  "GET", URI.create(base + "/prod/notes"), Map.of(), new byte[0], c, T0));

      assertGateway(
          r,
          403,
          "UnrecognizedClientException",
          "The security token included in the request is invalid.");
    }
  }

  @Test
  void noSignatureAtAll_isMissingAuthenticationToken() throws Exception {
    RawHttp.Response r = RawHttp.send(base, "GET", "/prod/notes", List.of(), new byte[0]);

    assertGateway(r, 403, "MissingAuthenticationTokenException", "Missing Authentication Token");
  }

  @Test
  void unknownRouteOrMethod_isMissingAuthenticationToken_evenWhenSigned() throws Exception {
    for (String[] route :
        List.of(
            new String[] {"GET", "/prod/nothing"},
            new String[] {"PATCH", "/prod/notes"},
            new String[] {"GET", "/prod/notes/"},
            new String[] {"GET", "/dev/notes"})) {
      RawHttp.Response r =
          sandbox.send(
              SdkSigning.sign(
                  route[0], URI.create(base + route[1]), Map.of(), new byte[0], creds, T0));

      assertGateway(r, 403, "MissingAuthenticationTokenException", "Missing Authentication Token");
    }
  }

  @Test
  void bearerTokenInsteadOfSigV4_isAnIncompleteSignature() throws Exception {
    RawHttp.Response r =
        RawHttp.send(
            base,
            "GET",
            "/prod/notes",
            List.<String[]>of(new String[] {"Authorization", "eyJraWQiOi.eyJzdWIiOi.c2ln"}),
            new byte[0]);

    assertGateway(
        r,
        403,
        "IncompleteSignatureException",
        "Authorization header requires 'Credential' parameter. Authorization header requires"
            + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
            + " Authorization header requires existence of either a 'X-Amz-Date' or a 'Date'"
            + " header. Authorization=eyJraWQiOi.eyJzdWIiOi.c2ln");
  }

  @Test
  void scopeForAnotherRegion_isRefusedWithAwsWording() throws Exception {
    SdkSigning.Wire w = sandbox.echoRequest(T0);
    String auth = w.header("Authorization").replace("/us-east-1/", "/us-west-2/");

    RawHttp.Response r = sandbox.send(w.withHeader("Authorization", auth));

    assertGateway(
        r,
        403,
        "InvalidSignatureException",
        "Credential should be scoped to a valid region, not 'us-west-2'. ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/us-east-1/execute-api/ | /us-east-1/s3/ | Credential should be scoped to correct service:"
            + " 'execute-api'. ",
        "/20260115/ | /20260114/ | Date in Credential scope does not match YYYYMMDD from ISO-8601"
            + " version of date from HTTP: '20260114' != '20260115', from '20260115T100000Z'. ",
        "/us-east-1/execute-api/ | /us-west-2/s3/ | Credential should be scoped to a valid region,"
            + " not 'us-west-2'. Credential should be scoped to correct service: 'execute-api'. "
      })
  void wrongScope_isRefusedWithAwsWording(String from, String to, String message) throws Exception {
    SdkSigning.Wire w = sandbox.echoRequest(T0);
    String auth = w.header("Authorization").replace(from.strip(), to.strip());

    assertGateway(
        sandbox.send(w.withHeader("Authorization", auth)),
        403,
        "InvalidSignatureException",
        message.strip() + " "); // each sentence ends with ". ", as AWS writes it
  }

  @Test
  void presignedUrl_isAcceptedWithinItsLifetime_andExpiredAfter() throws Exception {
    SdkSigning.Wire w =
        SdkSigning.sign(
            "GET",
            URI.create(base + "/prod/notes"),
            Map.of(),
            new byte[0],
            creds,
            T0,
            Duration.ofSeconds(60));
    assertThat(w.header("Authorization")).isNull();
    assertThat(w.url().getRawQuery()).contains("X-Amz-Signature=");

    assertThat(sandbox.send(w).status()).isEqualTo(200);
    CLOCK.set(T0.plusSeconds(61));
    try {
      assertGateway(
          sandbox.send(w),
          403,
          "InvalidSignatureException",
          "Signature expired: 20260115T100000Z is now earlier than 20260115T100001Z"
              + " (20260115T100101Z - 1 min.)");
    } finally {
      CLOCK.set(T0);
    }
  }

  static void assertGateway(RawHttp.Response r, int status, String type, String message)
      throws Exception {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("x-amzn-ErrorType")).isEqualTo(type);
    assertThat(JSON.readTree(r.body()).path("message").asText()).isEqualTo(message);
  }

  static String sha256(String text) throws Exception {
    return SdkSigning.sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
