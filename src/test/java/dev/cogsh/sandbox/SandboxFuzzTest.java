package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * Random bytes, headers and JSON against every endpoint (seeded, bounded): never a 500, every error
 * AWS-shaped JSON, and the server keeps answering.
 */
class SandboxFuzzTest {
  static final long SEED = 20260115L;
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  static final ObjectMapper JSON = new ObjectMapper();
  static final String IDP = "AWSCognitoIdentityProviderService.";
  static final String IDENTITY = "AWSCognitoIdentityService.";
  static SandboxClients clients;
  static Credentials creds;
  static URI base;
  static List<String> templates;

  @BeforeAll
  static void start() throws Exception {
    clients =
        new SandboxClients(
            Sandbox.start(
                SandboxOptions.builder()
                    .clock(CLOCK)
                    .user("demo@example.com", "Passw0rd!")
                    .userTotp("totp@example.com", "Passw0rd!", "JBSWY3DPEHPK3PXP")
                    .build()),
            CLOCK);
    var tokens = clients.signInSrp("demo@example.com", "Passw0rd!");
    creds = clients.credentials(tokens.idToken());
    base = clients.sandbox.endpoint();
    String client = clients.clientId();
    String pool = clients.sandbox.config().identityPoolId();
    String logins = clients.sandbox.config().loginsKey();
    templates =
        List.of(
            "{\"ClientId\":\""
                + client
                + "\",\"AuthFlow\":\"USER_SRP_AUTH\",\"AuthParameters\":"
                + "{\"USERNAME\":\"demo@example.com\",\"SRP_A\":\"abcdef0123\"}}",
            "{\"ClientId\":\""
                + client
                + "\",\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"AuthParameters\":"
                + "{\"USERNAME\":\"demo@example.com\",\"PASSWORD\":\"x\"}}",
            "{\"ClientId\":\""
                + client
                + "\",\"AuthFlow\":\"REFRESH_TOKEN_AUTH\",\"AuthParameters\":"
                + "{\"REFRESH_TOKEN\":\""
                + tokens.refreshToken()
                + "\"}}",
            "{\"ClientId\":\""
                + client
                + "\",\"ChallengeName\":\"PASSWORD_VERIFIER\",\"Session\":\"s\","
                + "\"ChallengeResponses\":{\"USERNAME\":\"demo@example.com\",\"TIMESTAMP\":\"t\","
                + "\"PASSWORD_CLAIM_SIGNATURE\":\"AAAA\",\"PASSWORD_CLAIM_SECRET_BLOCK\":\"AAAA\"}}",
            "{\"ClientId\":\""
                + client
                + "\",\"Username\":\"u@example.com\",\"Password\":\"Aa1!aaaa\","
                + "\"UserAttributes\":[{\"Name\":\"email\",\"Value\":\"u@example.com\"}]}",
            "{\"ClientId\":\""
                + client
                + "\",\"Username\":\"u@example.com\",\"ConfirmationCode\":\"1\"}",
            "{\"AccessToken\":\"" + tokens.accessToken() + "\"}",
            "{\"IdentityPoolId\":\""
                + pool
                + "\",\"Logins\":{\""
                + logins
                + "\":\""
                + tokens.idToken()
                + "\"}}",
            "{\"IdentityId\":\"us-east-1:00000000-0000-4000-8000-000000000000\",\"Logins\":{}}");
  }

  @AfterAll
  static void stop() {
    clients.close();
  }

  @Test
  void randomRequestsAgainstEveryEndpoint_neverGiveA500_andAreAwsShaped() throws Exception {
    Random random = new Random(SEED);
    int answered = 0;
    java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    for (int i = 0; i < 1200; i++) {
      String[] request = new String[2];
      List<String[]> headers = new ArrayList<>();
      byte[] body = randomRequest(random, request, headers);
      RawHttp.Response r = RawHttp.send(base, request[0], request[1], headers, body);
      String what =
          "#" + i + " " + request[0] + " " + request[1] + " " + headers.size() + " headers";
      assertThat(r).as(what + ": an HTTP answer").isNotNull();
      assertThat(r.status()).as(what + ": " + r.body()).isNotEqualTo(500).isLessThan(500);
      if (r.status() >= 400 && r.status() != 404 && !request[0].equals("HEAD")) {
        JsonNode error = parse(what, r);
        assertThat(error.has("message") || error.has("Message") || error.has("error"))
            .as(what + ": AWS-shaped error " + r.body())
            .isTrue();
        assertThat(r.header("x-amzn-ErrorType") != null || error.has("error"))
            .as(what + ": x-amzn-ErrorType")
            .isTrue();
      }
      statuses.merge(r.status(), 1, Integer::sum);
      answered++;
    }
    System.out.println("fuzz: 1200 requests, statuses " + statuses);
    assertThat(answered).isEqualTo(1200);
    assertThat(stillAnswers()).isTrue();
  }

  @Test
  void randomBytesOnTheSocket_neverBreakTheServer() throws Exception {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 150; i++) {
      byte[] garbage = new byte[1 + random.nextInt(600)];
      random.nextBytes(garbage);
      if (random.nextBoolean()) {
        byte[] start = ("POST / HTTP/1.1\r\nHost: x\r\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, garbage, 0, Math.min(start.length, garbage.length));
      }
      RawHttp.Response r = RawHttp.exchange(base, garbage);
      if (r != null) {
        assertThat(r.status()).as("garbage #" + i).isLessThan(500);
      }
    }
    assertThat(stillAnswers()).isTrue();
  }

  @Test
  void requestLinesThatAreNotUris_areRefusedWith400ByTheHttpServer() throws Exception {
    for (String target : List.of("/prod/notes/%zz", "/prod/echo/a|b", "/prod/echo?x=%", "/<x>")) {
      RawHttp.Response r = RawHttp.send(base, "GET", target, List.of(), new byte[0]);

      assertThat(r.status()).as(target).isEqualTo(400);
    }
    assertThat(stillAnswers()).isTrue();
  }

  @Test
  void brokenChunkedBody_isABadRequest() throws Exception {
    RawHttp.Response r =
        RawHttp.exchange(
            base,
            ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                    + "X-Amz-Target: AWSCognitoIdentityService.GetId\r\n\r\nzz\r\n{}\r\n")
                .getBytes(StandardCharsets.US_ASCII));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("x-amzn-ErrorType")).isEqualTo("BadRequestException");
  }

  @Test
  void bodiesOverTheCap_areRefusedWith413() throws Exception {
    byte[] big = new byte[Router.MAX_BODY + 1];
    RawHttp.Response r =
        RawHttp.send(
            base,
            "POST",
            "/",
            List.<String[]>of(new String[] {"X-Amz-Target", IDP + "SignUp"}),
            big);

    assertThat(r.status()).isEqualTo(413);
    assertThat(stillAnswers()).isTrue();
  }

  private static JsonNode parse(String what, RawHttp.Response r) {
    try {
      return JSON.readTree(r.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(
          what + ": not JSON: " + r.status() + " " + r.headers() + " " + r.body());
    }
  }

  private static boolean stillAnswers() throws Exception {
    SdkSigning.Wire w =
        SdkSigning.sign(
            "GET", URI.create(base + "/prod/notes"), Map.of(), new byte[0], creds, CLOCK.instant());
    return RawHttp.send(base, "GET", w.target(), w.headers(), new byte[0]).status() == 200;
  }

  private static byte[] randomRequest(Random random, String[] request, List<String[]> headers)
      throws Exception {
    int kind = random.nextInt(10);
    request[0] = pick(random, "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    byte[] body = new byte[0];
    switch (kind) {
      case 0, 1, 2, 3 -> {
        request[0] = "POST";
        request[1] = "/";
        String op =
            pick(
                random,
                "InitiateAuth",
                "InitiateAuth",
                "RespondToAuthChallenge",
                "SignUp",
                "ConfirmSignUp",
                "GetUser",
                "GlobalSignOut",
                "GetId",
                "GetCredentialsForIdentity",
                "Nope");
        String service = op.startsWith("Get") && !op.equals("GetUser") ? IDENTITY : IDP;
        if (random.nextInt(8) > 0) {
          headers.add(
              new String[] {
                "X-Amz-Target", random.nextInt(10) == 0 ? text(random, 30) : service + op
              });
        }
        headers.add(new String[] {"Content-Type", "application/x-amz-json-1.1"});
        body =
            random.nextInt(4) == 0
                ? bytes(random)
                : mutate(random, pick(random, templates.toArray(String[]::new)));
      }
      case 4, 5 -> {
        request[1] =
            pick(
                random,
                "/prod/notes",
                "/prod/notes/" + pathText(random, 8),
                "/prod/echo/" + pathText(random, 12),
                "/prod",
                "/prod/",
                "/prod/echo/%E2%82%AC?x=%20");
        SdkSigning.Wire w =
            SdkSigning.sign(
                request[0],
                URI.create(base + "/prod/echo/a"),
                Map.of(),
                new byte[0],
                creds,
                CLOCK.instant());
        for (String[] h : w.headers()) {
          if (!h[0].equalsIgnoreCase("host")) {
            headers.add(random.nextInt(4) == 0 ? new String[] {h[0], text(random, 40)} : h);
          }
        }
        body = bytes(random);
      }
      case 6 -> {
        request[1] = pick(random, "/prod/notes", "/prod/echo/x", "/prod/notes/abc");
        headers.add(
            new String[] {
              "Authorization",
              pick(
                  random,
                  "AWS4-HMAC-SHA256 " + text(random, 60),
                  "AWS4-HMAC-SHA256 Credential="
                      + text(random, 20)
                      + ", SignedHeaders=host, Signature=00",
                  "AWS4-HMAC-SHA256 Credential=ASIA/20260115/us-east-1/execute-api/aws4_request,"
                      + " SignedHeaders=host;x-amz-date, Signature="
                      + text(random, 64),
                  text(random, 30),
                  "Bearer " + text(random, 20),
                  ",,,=,=")
            });
        if (random.nextBoolean()) {
          headers.add(
              new String[] {"X-Amz-Date", pick(random, "20260115T100000Z", text(random, 16), "")});
        }
        if (random.nextBoolean()) {
          headers.add(new String[] {"Date", text(random, 29)});
        }
      }
      case 7 ->
          request[1] =
              "/prod/notes?"
                  + pick(
                      random,
                      "X-Amz-Algorithm=AWS4-HMAC-SHA256",
                      "X-Amz-Credential="
                          + pathText(random, 10)
                          + "&X-Amz-Signature=1&X-Amz-SignedHeaders=host"
                          + "&X-Amz-Date=20260115T100000Z&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires="
                          + pick(random, "-1", "x", "999999999", "60"),
                      "X-Amz-Credential=A%2F20260115%2Fus-east-1%2Fexecute-api%2Faws4_request&X-Amz-Signature=1"
                          + "&X-Amz-SignedHeaders=host&X-Amz-Date="
                          + pathText(random, 16)
                          + "&X-Amz-Algorithm=AWS4-HMAC-SHA256");
      case 8 -> {
        request[1] =
            pick(
                random,
                "/_sandbox/messages",
                "/_sandbox/stats",
                "/_sandbox/faults",
                "/_sandbox/" + pathText(random, 5),
                "/us-east-1_sandbox01/.well-known/jwks.json");
        // never a JSON object: a fuzzed fault could arm a real 5xx
        body = ("x" + text(random, 20)).getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        request[1] = "/" + pathText(random, 1 + random.nextInt(20));
        body = bytes(random);
      }
    }
    for (int h = random.nextInt(4); h > 0; h--) {
      headers.add(new String[] {"X-" + word(random), text(random, random.nextInt(50))});
    }
    if (random.nextInt(10) == 0) {
      headers.add(new String[] {"x-cogsh-sandbox-delay-ms", pick(random, "abc", "-5", "1", "")});
    }
    return body;
  }

  /** A valid request with one field removed, retyped, or replaced by random text. */
  private static byte[] mutate(Random random, String template) throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(template);
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    String field = fields.get(random.nextInt(fields.size()));
    switch (random.nextInt(6)) {
      case 0 -> json.remove(field);
      case 1 -> json.put(field, random.nextInt());
      case 2 -> json.put(field, text(random, random.nextInt(200)));
      case 3 -> json.putArray(field).add(text(random, 5));
      case 4 -> {
        if (json.get(field).isObject()) {
          ObjectNode inner = (ObjectNode) json.get(field);
          Iterator<String> names = inner.fieldNames();
          if (names.hasNext()) {
            String name = names.next();
            inner.put(name, random.nextBoolean() ? text(random, 2000) : "");
          }
          inner.putObject(text(random, 6)).put("x", 1);
        }
      }
      default -> json.put(text(random, 8), text(random, 8));
    }
    return JSON.writeValueAsBytes(json);
  }

  private static byte[] bytes(Random random) {
    byte[] b = new byte[random.nextInt(300)];
    random.nextBytes(b);
    return b;
  }

  /** Printable ASCII, legal in a header value. */
  private static String text(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append((char) (33 + random.nextInt(94)));
    }
    return s.toString();
  }

  /** Characters a URI path may hold as they are: unreserved, sub-delimiters, ':', '@', '/'. */
  private static String pathText(Random random, int length) {
    String legal =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(random.nextInt(8) == 0 ? "%2F" : legal.charAt(random.nextInt(legal.length())));
    }
    return s.toString();
  }

  private static String word(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 1 + random.nextInt(10); i > 0; i--) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }
}
