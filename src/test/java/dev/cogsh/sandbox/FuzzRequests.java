package dev.cogsh.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * Random requests for {@link SandboxFuzzTest}: Cognito calls with mutated JSON or random bytes, API
 * calls with broken signatures, presigned queries with bad parameters, hooks, unknown paths, and
 * random extra headers. Paths use only characters a URI may hold (the JDK server refuses the rest
 * itself; that is tested separately).
 */
final class FuzzRequests {
  static final String IDP = "AWSCognitoIdentityProviderService.";
  static final String IDENTITY = "AWSCognitoIdentityService.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final Credentials creds;
  private final Clock clock;
  private final List<String> templates;

  FuzzRequests(URI base, Credentials creds, Clock clock, List<String> templates) {
    this.base = base;
    this.creds = creds;
    this.clock = clock;
    this.templates = templates;
  }

  /** Fills method and target into {@code request}, adds headers, and returns the body. */
  byte[] next(Random random, String[] request, List<String[]> headers) throws Exception {
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
                clock.instant());
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
  private byte[] mutate(Random random, String template) throws Exception {
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
