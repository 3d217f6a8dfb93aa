package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogsh.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * One changed byte in any signed part of an SDK-signed request: API Gateway's
 * InvalidSignatureException, whose "should have been" canonical string is the canonical request of
 * the bytes actually sent (checked against the AWS SDK's own signer, not against cogsh's sigv4).
 */
class SignatureMismatchTest {
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
    SdkSigning.Wire sent = mutation.apply(sandbox.echoRequest(T0));

    RawHttp.Response r = sandbox.send(sent);

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
    assertThat(stringToSign)
        .endsWith("\n" + SdkSigning.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    String amzDate = sent.header("X-Amz-Date");
    String contentHash = sent.header("x-amz-content-sha256");
    if (contentHash == null || contentHash.equals(SdkSigning.sha256(sent.body()))) {
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
          JSON.readTree(sandbox.send(sandbox.echoRequest(T0)).body())
              .path("canonicalRequest")
              .asText();
      assertThat(canonical)
          .isEqualTo(
              accepted.substring(0, accepted.lastIndexOf('\n') + 1)
                  + SdkSigning.sha256(sent.body()));
    }
  }

  /** The request as sent, signed again by the SDK (with the host and time it carries). */
  private static SdkSigning.Wire resign(SdkSigning.Wire sent, Instant time) {
    String host = sent.header("Host");
    URI url = URI.create("http://" + host + sent.target());
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (String[] h : sent.headers()) {
      if (!List.of("host", "authorization", "x-amz-date", "x-amz-security-token")
          .contains(h[0].toLowerCase(Locale.ROOT))) {
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
}
