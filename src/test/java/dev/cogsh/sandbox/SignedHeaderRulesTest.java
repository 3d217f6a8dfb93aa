package dev.cogsh.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a signed request must sign: host as AWS requires; the rest as the sandbox chose. */
class SignedHeaderRulesTest {
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  static SignedInSandbox sandbox;

  @BeforeAll
  static void start() throws Exception {
    sandbox = SignedInSandbox.start(CLOCK);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void theSdkSignedRequest_passes() throws Exception {
    assertThat(sandbox.send(sandbox.echoRequest(CLOCK.instant())).status()).isEqualTo(200);
  }

  @Test
  void anUnsignedHost_isRefusedAsAwsDoes() throws Exception {
    RawHttp.Response r = sendWithSignedHeaders(headers -> headers.replace("host;", ""));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("x-amzn-ErrorType")).isEqualTo("IncompleteSignatureException");
    assertThat(r.body())
        .contains("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }

  @Test
  void aPresignedUrlThatDoesNotSignHost_isRefusedAsAwsDoes() throws Exception {
    SdkSigning.Wire w =
        SdkSigning.sign(
            "GET",
            java.net.URI.create(sandbox.base + "/prod/notes"),
            java.util.Map.of(),
            new byte[0],
            sandbox.creds,
            CLOCK.instant(),
            java.time.Duration.ofSeconds(60));
    assertThat(sandbox.send(w).status()).as("as presigned").isEqualTo(200);
    String target =
        w.target().replace("X-Amz-SignedHeaders=host", "X-Amz-SignedHeaders=x-amz-date");
    assertThat(target).as("the test changed the SignedHeaders").isNotEqualTo(w.target());

    RawHttp.Response r = RawHttp.send(sandbox.base, "GET", target, w.headers(), new byte[0]);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("x-amzn-ErrorType")).isEqualTo("IncompleteSignatureException");
    assertThat(r.body())
        .contains("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }

  @Test
  void unsortedOrUpperCaseSignedHeaders_areRefused() throws Exception {
    for (java.util.function.UnaryOperator<String> change :
        List.<java.util.function.UnaryOperator<String>>of(
            h -> h.replace("host", "Host"),
            h -> h.replace("content-type;host", "host;content-type"))) {
      RawHttp.Response r = sendWithSignedHeaders(change);

      assertThat(r.status()).isEqualTo(403);
      assertThat(r.body()).contains("SignedHeaders must be lower-case, sorted");
    }
  }

  @Test
  void anUnsignedAmzDateOrSessionToken_isRefused() throws Exception {
    for (String name : List.of("x-amz-date", "x-amz-security-token")) {
      RawHttp.Response r = sendWithSignedHeaders(h -> h.replace(";" + name, ""));

      assertThat(r.status()).as(name).isEqualTo(403);
      assertThat(r.body())
          .as(name)
          .contains("'" + name + "' is sent but not among the SignedHeaders");
    }
  }

  @Test
  void aSecondAuthorizationHeader_isRefused() throws Exception {
    SdkSigning.Wire w = sandbox.echoRequest(CLOCK.instant());
    List<String[]> headers = new ArrayList<>(w.headers());
    headers.add(new String[] {"Authorization", w.header("Authorization")});

    RawHttp.Response r = RawHttp.send(sandbox.base, w.method(), w.target(), headers, w.body());

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).contains("2 Authorization headers");
  }

  private static RawHttp.Response sendWithSignedHeaders(
      java.util.function.UnaryOperator<String> change) throws Exception {
    SdkSigning.Wire w = sandbox.echoRequest(CLOCK.instant());
    String auth = w.header("Authorization");
    int start = auth.indexOf("SignedHeaders=") + "SignedHeaders=".length();
    int end = auth.indexOf(',', start);
    String changed =
        auth.substring(0, start) + change.apply(auth.substring(start, end)) + auth.substring(end);
    assertThat(changed).as("the test changed the SignedHeaders").isNotEqualTo(auth);
    return sandbox.send(w.withHeader("Authorization", changed));
  }
}
