package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogsh.human.Masks;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link SigningTrace#explain()}: every step labelled, secrets never shown. */
class ExplainTest {

  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN =
      "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+abc/def==";
  private static final SigningCredentials CREDS =
      new SigningCredentials("ASIAEXAMPLE12345WXYZ", SECRET, TOKEN);
  private static final Instant TIME = Instant.parse("2015-08-30T12:36:00Z");
  private static final SignableRequest REQUEST =
      SignableRequest.of(
              "GET",
              URI.create(
                  "https://abc123.execute-api.us-east-1.amazonaws.com/prod/notes/a%20b?x=1&x=0"))
          .withHeader("Accept", "application/json");
  private static final SigningOptions API = SigningOptions.of("us-east-1", "execute-api");

  private final SigV4Signer signer = new SigV4Signer();

  @Test
  void explain_labelsEveryCanonicalRequestLine_andEveryTask() {
    SigningTrace t = signer.sign(REQUEST, CREDS, API, TIME);
    String text = t.explain();
    assertThat(text)
        .contains("Task 1: canonical request")
        .contains("  method             GET\n")
        .contains("  canonical URI      /prod/notes/a%2520b\n")
        .contains("  canonical query    x=0&x=1\n")
        .contains("  header             accept:application/json\n")
        .contains("  header             host:abc123.execute-api.us-east-1.amazonaws.com\n")
        .contains("  header             x-amz-date:20150830T123600Z\n")
        .contains("  signed headers     accept;host;x-amz-date;x-amz-security-token\n")
        .contains(
            "  payload hash       e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n")
        .contains("Task 2: string to sign")
        .contains("  credential scope   20150830/us-east-1/execute-api/aws4_request\n")
        .contains("Task 3: signature")
        .contains("  signature          " + t.signature() + "\n")
        .contains("Task 4: add the signature to the request")
        .contains("  Authorization      AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE12345WXYZ/")
        .contains(
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html");
  }

  @Test
  void explain_masksTheSessionToken_andNeverHasTheSecretKey() {
    for (SigningOptions options :
        new SigningOptions[] {
          API,
          API.withPlacement(Placement.QUERY, Duration.ofMinutes(15)),
          API.withSignSessionToken(false)
        }) {
      SigningTrace t = signer.sign(REQUEST, CREDS, options, TIME);
      for (String text : new String[] {t.explain(), t.explain(true), t.toString()}) {
        assertThat(text)
            .doesNotContain(SECRET)
            .doesNotContain(TOKEN)
            .doesNotContain(UriEncoding.encode(TOKEN))
            .doesNotContain("wJalrXUtnFEMI");
      }
      assertThat(t.explain()).contains("IQo…(64 B)");
    }
  }

  @Test
  void explain_showsTheSigningKeyOnlyWhenAsked() {
    SigningTrace t = signer.sign(REQUEST, CREDS, API, TIME);
    assertThat(t.explain()).doesNotContain(t.signingKeyHex()).contains("hidden; explain(true)");
    assertThat(t.explain(true)).contains("  signing key        " + t.signingKeyHex() + "\n");
  }

  @Test
  void toStrings_maskCredentials() {
    assertThat(CREDS.toString())
        .isEqualTo(
            "SigningCredentials[accessKeyId=ASIA…WXYZ, secretKey=****, sessionToken=IQo…(64 B)]");
    assertThat(REQUEST.withHeader("X-Amz-Security-Token", TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(Masks.token("x".repeat(1234))).isEqualTo("xxx…(1.2 kB)");
    assertThat(Masks.keyId("short")).isEqualTo("****");
  }
}
