package dev.cogsh.human;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the redactor shows for each shape of secret, as a table; then the registered values. */
class RedactorTest {

  static final String JWT =
      "eyJraWQiOiJ0ZXN0IiwiYWxnIjoiUlMyNTYifQ"
          + ".eyJzdWIiOiI1ZjBjOWEyZSIsInRva2VuX3VzZSI6ImlkIiwiZXhwIjoxNzY0NDMxMjM0fQ"
          + ".c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmUtc2lnbmF0dXJl";

  /** Cognito's refresh tokens are JWEs: five parts. */
  static final String JWE =
      "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ"
          + ".a2V5a2V5a2V5a2V5.aXZpdml2aXY.Y2lwaGVydGV4dGNpcGhlcnRleHQ.dGFndGFn";

  static final String SESSION_TOKEN =
      "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexample+token/part==";
  static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final String SIGNATURE =
      "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

  static Stream<Arguments> shapes() {
    String jwt = Masks.token(JWT);
    String st = Masks.token(SESSION_TOKEN);
    return Stream.of(
        // JWTs anywhere, not only at the start
        row("a JWT alone", JWT, jwt),
        row("a JWT in a message", "Invalid Refresh Token: " + JWT, "Invalid Refresh Token: " + jwt),
        row("a JWT after Bearer", "Bearer " + JWT + " rest", "Bearer " + jwt + " rest"),
        row(
            "a JWT in a JSON pair",
            "[\"Authorization\",\"Bearer " + JWT + "\"]",
            "[\"Authorization\",\"Bearer " + jwt + "\"]"),
        row("a JWE (five parts)", "token=" + JWE, "token=" + Masks.token(JWE)),
        row(
            "a JWT in a URL fragment",
            "/cb#id_token=" + JWT + "&x=1",
            "/cb#id_token=" + jwt + "&x=1"),
        row("a JWT URL-encoded after a quote", "%22" + JWT + "%22", "%22" + jwt + "%22"),
        // access key ids
        row(
            "an AKIA key id in a credential scope",
            "Credential=AKIAIOSFODNN7EXAMPLE/20150830/us-east-1",
            "Credential=AKIA…MPLE/20150830/us-east-1"),
        row(
            "an ASIA key id in JSON",
            "{\"AccessKeyId\":\"ASIAQEXAMPLE1234WXYZ\"}",
            "{\"AccessKeyId\":\"ASIA…WXYZ\"}"),
        // JSON members, any case, escaped or not
        row(
            "\"SessionToken\"",
            "{\"SessionToken\":\"" + SESSION_TOKEN + "\",\"Expiration\":1}",
            "{\"SessionToken\":\"" + st + "\",\"Expiration\":1}"),
        row(
            "\"sessionToken\" with blanks",
            "{ \"sessionToken\" : \"" + SESSION_TOKEN + "\" }",
            "{ \"sessionToken\" : \"" + st + "\" }"),
        row(
            "an escaped \\\"SessionToken\\\"",
            "\"{\\\"SessionToken\\\":\\\"" + SESSION_TOKEN + "\\\"}\"",
            "\"{\\\"SessionToken\\\":\\\"" + st + "\\\"}\""),
        row(
            "a session token with \\/ escapes",
            "{\"SessionToken\":\"IQoJ\\/\\/abc\\/def+ghi=\"}",
            "{\"SessionToken\":\"" + Masks.token("IQoJ\\/\\/abc\\/def+ghi=") + "\"}"),
        row(
            "\"SecretAccessKey\"",
            "{\"SecretAccessKey\":\"" + SECRET_KEY + "\"}",
            "{\"SecretAccessKey\":\"****\"}"),
        row(
            "\"SecretKey\"",
            "{\"SecretKey\": \"" + SECRET_KEY + "\"}",
            "{\"SecretKey\": \"****\"}"),
        row(
            "\"secret_key\"",
            "{\"secret_key\":\"" + SECRET_KEY + "\"}",
            "{\"secret_key\":\"****\"}"),
        row(
            "\"IdToken\"",
            "{\"IdToken\":\"opaque-id-token-value\"}",
            "{\"IdToken\":\"opa…(21 B)\"}"),
        row(
            "\"ACCESSTOKEN\"",
            "{\"ACCESSTOKEN\":\"opaque-access-token\"}",
            "{\"ACCESSTOKEN\":\"opa…(19 B)\"}"),
        row(
            "\"RefreshToken\"",
            "{\"RefreshToken\":\"" + JWE + "\"}",
            "{\"RefreshToken\":\"" + Masks.token(JWE) + "\"}"),
        row(
            "\"refresh_token\" (OAuth)",
            "{\"refresh_token\":\"opaque-refresh-1\"}",
            "{\"refresh_token\":\"opa…(16 B)\"}"),
        row(
            "\"password\" with a quote and blanks",
            "{\"password\":\"Pa\\\"ss w0rd!\",\"user\":\"bob\"}",
            "{\"password\":\"****\",\"user\":\"bob\"}"),
        row(
            "\"NEW_PASSWORD\" in challenge responses",
            "{\"NEW_PASSWORD\": \"Brand-New-Pass1!\"}",
            "{\"NEW_PASSWORD\": \"****\"}"),
        // x-amz-security-token as a JSON pair, a header line and a query parameter
        row(
            "x-amz-security-token as a JSON pair",
            "[\"x-amz-security-token\",\"" + SESSION_TOKEN + "\"],[\"host\",\"h\"]",
            "[\"x-amz-security-token\",\"" + st + "\"],[\"host\",\"h\"]"),
        row(
            "x-amz-security-token as a header line",
            "X-Amz-Security-Token: " + SESSION_TOKEN + "\nHost: h",
            "X-Amz-Security-Token: " + st + "\nHost: h"),
        row(
            "x-amz-security-token in a canonical request",
            "x-amz-date:20150830T123600Z\nx-amz-security-token:" + SESSION_TOKEN + "\n\nhost",
            "x-amz-date:20150830T123600Z\nx-amz-security-token:" + st + "\n\nhost"),
        row(
            "X-Amz-Security-Token as a query parameter",
            "?X-Amz-Security-Token=IQoJb3JpZ2luX2Vj%2Fabc%3D&X-Amz-Signature=" + SIGNATURE,
            "?X-Amz-Security-Token="
                + Masks.token("IQoJb3JpZ2luX2Vj%2Fabc%3D")
                + "&X-Amz-Signature="
                + SIGNATURE),
        row(
            "a session token sent twice",
            "x-amz-security-token: " + SESSION_TOKEN + "," + SESSION_TOKEN,
            "x-amz-security-token: " + Masks.token(SESSION_TOKEN + "," + SESSION_TOKEN)),
        // Authorization: a SigV4 signature stays, a bearer token or basic credentials do not
        row(
            "a SigV4 Authorization header",
            "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                + "aws4_request, SignedHeaders=host;x-amz-date, Signature="
                + SIGNATURE,
            "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                + "aws4_request, SignedHeaders=host;x-amz-date, Signature="
                + SIGNATURE),
        row(
            "Authorization: Bearer with an opaque token",
            "authorization: Bearer opaque42\r\n",
            "authorization: Bearer …(8 B)\r\n"),
        row(
            "Authorization: Basic",
            "Authorization: Basic Y2xpZW50OnNlY3JldA==",
            "Authorization: Basic ****"),
        row(
            "Bearer with a long opaque token in a JSON pair",
            "[\"authorization\",\"Bearer 0123456789abcdefXYZ\"]",
            "[\"authorization\",\"Bearer 012…(19 B)\"]"),
        row("x-api-key header", "x-api-key: k3y-0123456789\n", "x-api-key: ****\n"),
        row(
            "client_secret in a form body",
            "grant_type=client_credentials&client_secret=abc123def456&scope=x",
            "grant_type=client_credentials&client_secret=****&scope=x"),
        // text that only looks near a secret stays as written
        row("prose about bearer tokens", "Bearer tokens expire after an hour", null),
        row("prose about passwords", "the password is wrong; try auth.login()", null),
        row("an eyJ that is no JWT", "eyJ alone, eyJx.", null),
        row("a short AKIA", "AKIA1234 and AKIDEXAMPLE", null),
        row("a password member that is null", "{\"password\":null,\"x\":\"\"}", null),
        row("an empty password member", "{\"password\":\"\",\"x\":\"y\"}", null),
        row("a URL", "https://abc.execute-api.us-east-1.amazonaws.com/prod/notes?x=1", null));
  }

  private static Arguments row(String rule, String text, String shown) {
    return Arguments.of(rule, text, shown == null ? text : shown);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("shapes")
  void redact_masksEachShape_andAgainChangesNothing(String rule, String text, String shown) {
    Redactor redactor = Redactor.shapesOnly();

    String once = redactor.redact(text);

    assertThat(once).isEqualTo(shown);
    assertThat(redactor.redact(once)).isEqualTo(once);
  }

  @Test
  void redact_masksARegisteredValue_asItsKindIsShown() {
    SecretRegistry registry = new SecretRegistry();
    registry.register(SecretKind.SECRET, "S3cure-Pass!");
    registry.register(SecretKind.TOKEN, SESSION_TOKEN.substring(0, 40));
    registry.register(SecretKind.ACCESS_KEY_ID, "AKIDEXAMPLE12345678");
    Redactor redactor = new Redactor(registry);

    assertThat(redactor.redact("auth.login(\"bob\", \"S3cure-Pass!\");"))
        .isEqualTo("auth.login(\"bob\", \"****\");");
    assertThat(redactor.redact("t=" + SESSION_TOKEN.substring(0, 40) + ";"))
        .isEqualTo("t=IQo…(40 B);");
    assertThat(redactor.redact("key AKIDEXAMPLE12345678.")).isEqualTo("key AKID…5678.");
  }

  @Test
  void redact_masksTheJsonEscapedAndUrlEncodedForms() {
    SecretRegistry registry = new SecretRegistry();
    registry.register(SecretKind.SECRET, "Pa\"ss\\w/rd 1&");
    Redactor redactor = new Redactor(registry);

    assertThat(redactor.redact("{\"x\":\"Pa\\\"ss\\\\w/rd 1&\"}")).isEqualTo("{\"x\":\"****\"}");
    assertThat(redactor.redact("{\"x\":\"Pa\\\"ss\\\\w\\/rd 1&\"}")).isEqualTo("{\"x\":\"****\"}");
    assertThat(redactor.redact("?p=Pa%22ss%5Cw%2Frd+1%26&q")).isEqualTo("?p=****&q");
    assertThat(redactor.redact("?p=Pa%22ss%5Cw%2Frd%201%26&q")).isEqualTo("?p=****&q");
  }

  @Test
  void redact_masksAValueThatContainsAnotherWhole() {
    SecretRegistry registry = new SecretRegistry();
    String token = "tok-" + "x".repeat(20) + "Passw0rd!" + "y".repeat(20);
    registry.register(SecretKind.SECRET, "Passw0rd!");
    registry.register(SecretKind.TOKEN, token);
    Redactor redactor = new Redactor(registry);

    assertThat(redactor.redact("[" + token + "] and Passw0rd!"))
        .isEqualTo("[" + Masks.token(token) + "] and ****");
  }

  @Test
  void redact_masksARegisteredValueInsideAJwt_asTheJwt() {
    SecretRegistry registry = new SecretRegistry();
    registry.register(SecretKind.SECRET, JWT.substring(10, 20));

    assertThat(new Redactor(registry).redact(JWT)).isEqualTo(Masks.token(JWT));
  }

  @Test
  void redact_masksTwoOverlappingValuesTogether_asNothing() {
    SecretRegistry registry = new SecretRegistry();
    registry.register(SecretKind.TOKEN, "abcdefgh-token");
    registry.register(SecretKind.ACCESS_KEY_ID, "h-token-and-more");
    Redactor redactor = new Redactor(registry);

    assertThat(redactor.redact("<abcdefgh-token-and-more>")).isEqualTo("<****>");
  }

  @Test
  void redact_masksValuesRegisteredAfterTheRedactorWasMade() {
    SecretRegistry registry = new SecretRegistry();
    Redactor redactor = new Redactor(registry);
    assertThat(redactor.redact("pw hunter22")).isEqualTo("pw hunter22");

    registry.register(SecretKind.SECRET, "hunter22");

    assertThat(redactor.redact("pw hunter22")).isEqualTo("pw ****");
  }

  @Test
  void redact_leavesNullAndEmptyAlone() {
    assertThat(Redactor.shapesOnly().redact(null)).isNull();
    assertThat(Redactor.shapesOnly().redact("")).isEmpty();
  }

  @Test
  void redact_aMegabyteOfNearMisses_masksTheSecretsInIt() {
    String nearMisses =
        "eyJ. \"password\":\" x-amz-security-token: … Bearer AKIA \"SessionToken\":\"IQo… ";
    StringBuilder body = new StringBuilder();
    while (body.length() < 1_000_000) {
      body.append(nearMisses);
    }
    body.append("{\"SessionToken\":\"").append(SESSION_TOKEN).append("\"}");
    body.append(" \\/".repeat(50_000)).append(' ').append(JWT);

    String redacted = Redactor.shapesOnly().redact(body.toString());

    // (no assertThat(redacted): a failure would print a megabyte)
    assertThat(redacted.contains(SESSION_TOKEN)).as("the session token is left").isFalse();
    assertThat(redacted.contains(JWT)).as("the JWT is left").isFalse();
    assertThat(redacted.startsWith(nearMisses)).as("the near misses stay").isTrue();
    assertThat(redacted.endsWith(" " + Masks.token(JWT))).as("the JWT is masked").isTrue();
  }
}
