package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/** The API Gateway emulation against requests signed by the AWS SDK's own signer. */
class ApiSignatureTest {
  static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
  static final MutableClock CLOCK = new MutableClock(T0);
  static final ObjectMapper JSON = new ObjectMapper();
  static SandboxClients clients;
  static Credentials creds;
  static URI base;

  @BeforeAll
  static void start() throws Exception {
    clients =
        new SandboxClients(
            Sandbox.start(
                SandboxOptions.builder()
                    .clock(CLOCK)
                    .user("demo@example.com", "Passw0rd!")
                    .user("other@example.com", "Passw0rd!")
                    .build()),
            CLOCK);
    creds = clients.credentials(clients.signInSrp("demo@example.com", "Passw0rd!").idToken());
    base = clients.sandbox.endpoint();
  }

  @AfterAll
  static void stop() {
    clients.close();
  }

  static SdkSigning.Wire echoRequest(Instant at) {
    return SdkSigning.sign(
        "POST",
        URI.create(base + "/prod/echo/abc?a=1&b=x%2Fy"),
        Map.of("Content-Type", "application/json", "X-Custom", "hello"),
        "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
        creds,
        at);
  }

  static RawHttp.Response send(SdkSigning.Wire w) throws Exception {
    return RawHttp.send(base, w.method(), w.target(), w.headers(), w.body());
  }

  @Test
  void sdkSignedRequest_isAccepted_andEchoShowsWhatTheSandboxComputed() throws Exception {
    RawHttp.Response r = send(echoRequest(T0));

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

  static Stream<Arguments> oneChangedByte() {
    return Stream.of(
        Arguments.of(
            "method",
            (UnaryOperator<SdkSigning.Wire>)
                w -> new SdkSigning.Wire("PUT", w.url(), w.headers(), w.body())),
        Arguments.of(
            "path",
            (UnaryOperator<SdkSigning.Wire>)
                w ->
                    new SdkSigning.Wire(
                        w.method(),
                        URI.create(w.url().toString().replace("/abc", "/abd")),
                        w.headers(),
                        w.body())),
        Arguments.of(
            "query",
            (UnaryOperator<SdkSigning.Wire>)
                w ->
                    new SdkSigning.Wire(
                        w.method(),
                        URI.create(w.url().toString().replace("a=1", "a=2")),
                        w.headers(),
                        w.body())),
        Arguments.of(
            "custom header",
            (UnaryOperator<SdkSigning.Wire>) w -> w.withHeader("X-Custom", "hellp")),
        Arguments.of(
            "content type",
            (UnaryOperator<SdkSigning.Wire>) w -> w.withHeader("Content-Type", "application/jsoo")),
        Arguments.of(
            "host",
            (UnaryOperator<SdkSigning.Wire>)
                w -> w.withHeader("Host", "localhost:" + base.getPort())),
        Arguments.of(
            "date",
            (UnaryOperator<SdkSigning.Wire>) w -> w.withHeader("X-Amz-Date", "20260115T100001Z")),
        Arguments.of(
            "body",
            (UnaryOperator<SdkSigning.Wire>)
                w ->
                    new SdkSigning.Wire(
                        w.method(),
                        w.url(),
                        w.headers(),
                        "{\"a\":2}".getBytes(StandardCharsets.UTF_8))),
        Arguments.of(
            "signature",
            (UnaryOperator<SdkSigning.Wire>)
                w -> {
                  String auth = w.header("Authorization");
                  char last = auth.charAt(auth.length() - 1);
                  return w.withHeader(
                      "Authorization",
                      auth.substring(0, auth.length() - 1) + (last == '0' ? '1' : '0'));
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneChangedByte")
  void oneChangedByte_givesInvalidSignature_whoseShouldHaveBeenIsTheRequestSent(
      String part, UnaryOperator<SdkSigning.Wire> mutation) throws Exception {
    SdkSigning.Wire sent = mutation.apply(echoRequest(T0));

    RawHttp.Response r = send(sent);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
    String message = JSON.readTree(r.body()).path("message").asText();
    String prefix =
        "The request signature we calculated does not match the signature you provided. Check your"
            + " AWS Secret Access Key and signing method. Consult the service documentation for"
            + " details.\n\nThe Canonical String for this request should have been\n'";
    assertThat(message).startsWith(prefix).endsWith("'\n");
    String canonical =
        message.substring(
            prefix.length(), message.indexOf("'\n\nThe String-to-Sign should have been\n'"));
    String stringToSign =
        message.substring(
            message.indexOf("The String-to-Sign should have been\n'") + 37, message.length() - 2);
    // The String-to-Sign hashes the canonical string, and it is the SDK's for the bytes sent:
    // HMAC-ing it with the signing key gives exactly the signature the SDK computes for them.
    assertThat(stringToSign).endsWith("\n" + sha256(canonical));
    String amzDate = sent.header("X-Amz-Date");
    String contentHash = sent.header("x-amz-content-sha256");
    if (contentHash == null || contentHash.equals(sha256(sent.body()))) {
      // The SDK signing the bytes sent, at the time they carry, gets exactly the signature of the
      // server's String-to-Sign: both computed the same canonical request.
      SdkSigning.Wire resigned =
          resign(
              sent, Instant.from(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(amzDate)));
      assertThat(hmacSignature(stringToSign, amzDate.substring(0, 8)))
          .as("signature of the server's String-to-Sign vs the SDK's for the request sent")
          .isEqualTo(signature(resigned));
    } else {
      // A body changed under a signed x-amz-content-sha256 (the SDK would fix the header if it
      // signed again): the canonical request is the accepted one with the hash of the new body.
      String accepted =
          JSON.readTree(send(echoRequest(T0)).body()).path("canonicalRequest").asText();
      assertThat(canonical)
          .isEqualTo(accepted.substring(0, accepted.lastIndexOf('\n') + 1) + sha256(sent.body()));
    }
  }

  @Test
  void dateMoreThanFiveMinutesOld_isSignatureExpired() throws Exception {
    RawHttp.Response r = send(echoRequest(T0.minusSeconds(301)));

    assertGateway(
        r,
        403,
        "InvalidSignatureException",
        "Signature expired: 20260115T095459Z is now earlier than 20260115T095500Z"
            + " (20260115T100000Z - 5 min.)");
  }

  @Test
  void dateMoreThanFiveMinutesAhead_isNotYetCurrent() throws Exception {
    RawHttp.Response r = send(echoRequest(T0.plusSeconds(301)));

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
      RawHttp.Response r = send(echoRequest(CLOCK.instant()));

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
          send(
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
          send(
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
    SdkSigning.Wire w = echoRequest(T0);
    String auth = w.header("Authorization").replace("/us-east-1/", "/us-west-2/");

    RawHttp.Response r = send(w.withHeader("Authorization", auth));

    assertGateway(
        r,
        403,
        "InvalidSignatureException",
        "Credential should be scoped to a valid region, not 'us-west-2'. ");
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

    assertThat(send(w).status()).isEqualTo(200);
    CLOCK.set(T0.plusSeconds(61));
    try {
      assertGateway(
          send(w),
          403,
          "InvalidSignatureException",
          "Signature expired: 20260115T100000Z is now earlier than 20260115T100001Z"
              + " (20260115T100101Z - 1 min.)");
    } finally {
      CLOCK.set(T0);
    }
  }

  @Test
  void notes_roundTripForTheirOwner_andStayInvisibleToOthers() throws Exception {
    JsonNode created =
        json(call("POST", "/prod/notes", "{\"content\":\"hello\",\"attachment\":null}", creds));
    String id = created.path("noteId").asText();
    assertThat(created.path("userId").asText()).startsWith("us-east-1:");
    assertThat(created.path("createdAt").asLong()).isEqualTo(T0.toEpochMilli());

    assertThat(json(call("GET", "/prod/notes/" + id, "", creds)).path("content").asText())
        .isEqualTo("hello");
    assertThat(
            json(call("PUT", "/prod/notes/" + id, "{\"content\":\"bye\"}", creds))
                .path("status")
                .asBoolean())
        .isTrue();
    assertThat(json(call("GET", "/prod/notes", "", creds)).findValuesAsText("content"))
        .contains("bye");

    Credentials other =
        clients.credentials(clients.signInSrp("other@example.com", "Passw0rd!").idToken());
    assertThat(call("GET", "/prod/notes/" + id, "", other).status()).isEqualTo(404);
    assertThat(call("DELETE", "/prod/notes/" + id, "", other).status()).isEqualTo(404);

    assertThat(call("DELETE", "/prod/notes/" + id, "", creds).status()).isEqualTo(200);
    assertThat(json(call("GET", "/prod/notes/" + id, "", creds)).path("error").asText())
        .isEqualTo("Item not found.");
  }

  @Test
  void guestIdentity_isDeniedNotesByIam_butMayEcho() throws Exception {
    Credentials guest = clients.guestCredentials();

    RawHttp.Response denied = call("GET", "/prod/notes", "", guest);
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
    assertThat(JSON.readTree(denied.body()).path("Message").asText())
        .isEqualTo(
            "User: arn:aws:sts::123456789012:assumed-role/Cognito_sandboxUnauth_Role/"
                + "CognitoIdentityCredentials is not authorized to perform: execute-api:Invoke on"
                + " resource: arn:aws:execute-api:us-east-1:123456789012:sandboxapi/prod/GET/notes");
    assertThat(call("GET", "/prod/echo/x", "", guest).status()).isEqualTo(200);
  }

  @Test
  void faultHook_failsTheNextCalls_thenTheApiRecovers() throws Exception {
    RawHttp.Response armed =
        RawHttp.send(
            base,
            "POST",
            "/_sandbox/faults",
            List.of(),
            "{\"status\":503,\"times\":2}".getBytes(StandardCharsets.UTF_8));
    assertThat(armed.status()).isEqualTo(200);

    assertThat(call("GET", "/prod/notes", "", creds).status()).isEqualTo(503);
    assertThat(call("GET", "/prod/notes", "", creds).status()).isEqualTo(503);
    assertThat(call("GET", "/prod/notes", "", creds).status()).isEqualTo(200);
  }

  @Test
  void delayHeader_delaysTheAnswer() throws Exception {
    long start = System.nanoTime();
    RawHttp.Response r =
        RawHttp.send(
            base,
            "GET",
            "/prod/notes",
            List.<String[]>of(new String[] {"x-cogsh-sandbox-delay-ms", "300"}),
            new byte[0]);

    assertThat(r.status()).isEqualTo(403);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  static RawHttp.Response call(String method, String path, String body, Credentials c)
      throws Exception {
    Map<String, String> headers =
        body.isEmpty() ? Map.of() : Map.of("Content-Type", "application/json");
    return send(
        SdkSigning.sign(
            method,
            URI.create(base + path),
            headers,
            body.getBytes(StandardCharsets.UTF_8),
            c,
            CLOCK.instant()));
  }

  static JsonNode json(RawHttp.Response r) throws Exception {
    return JSON.readTree(r.body());
  }

  static void assertGateway(RawHttp.Response r, int status, String type, String message)
      throws Exception {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("x-amzn-ErrorType")).isEqualTo(type);
    assertThat(JSON.readTree(r.body()).path("message").asText()).isEqualTo(message);
  }

  /** The request as sent, signed again by the SDK (with the host and time it carries). */
  private static SdkSigning.Wire resign(SdkSigning.Wire sent, Instant time) {
    String host = sent.header("Host");
    URI url = URI.create("http://" + host + sent.target());
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (String[] h : sent.headers()) {
      if (!List.of("host", "authorization", "x-amz-date", "x-amz-security-token")
          .contains(h[0].toLowerCase(java.util.Locale.ROOT))) {
        headers.put(h[0], h[1]);
      }
    }
    return SdkSigning.sign(sent.method(), url, headers, sent.body(), creds, time);
  }

  private static String signature(SdkSigning.Wire w) {
    String auth = w.header("Authorization");
    return auth.substring(auth.indexOf("Signature=") + 10);
  }

  private static String hmacSignature(String stringToSign, String date) throws Exception {
    byte[] key = ("AWS4" + creds.secretKey()).getBytes(StandardCharsets.UTF_8);
    for (String part : List.of(date, "us-east-1", "execute-api", "aws4_request", stringToSign)) {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      key = mac.doFinal(part.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(key);
  }

  static String sha256(String text) throws Exception {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
