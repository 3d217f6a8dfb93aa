package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Where the SDK's {@code AwsV4HttpSigner} signs differently from ours, each for a stated reason;
 * {@link SdkParityProperties} keeps these inputs out of its generator.
 */
class SdkDifferencesTest {

  private static final SigningCredentials KEYS =
      SigningCredentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final Instant TIME = Instant.parse("2015-08-30T12:36:00Z");
  private static final SigningOptions API = SigningOptions.of("us-east-1", "execute-api");

  private final SdkSigner sdk = new SdkSigner();
  private final SigV4Signer ours = new SigV4Signer();

  /** The SDK ignores PAYLOAD_SIGNING_ENABLED=false for plain HTTP with a body. */
  static boolean sdkSignsPayloadAnyway(SignableRequest request, SigningOptions options) {
    return options.unsignedPayload()
        && "http".equals(request.url().getScheme())
        && request.body().length > 0;
  }

  private SigningTrace ours(SignableRequest request, SigningOptions options) {
    return ours.sign(request, KEYS, options, TIME);
  }

  private SdkHttpRequest sdk(SignableRequest request, SigningOptions options, boolean property) {
    return sdk.sign(request, KEYS, options, TIME, property);
  }

  private static SignableRequest get(String url) {
    return SignableRequest.of("GET", URI.create(url));
  }

  @Test
  void byDefault_sdkSignsXAmzContentSha256_oursDoesNotForExecuteApi() {
    SignableRequest request = get("https://abc123.execute-api.us-east-1.amazonaws.com/prod/notes");
    // DESIGN §3.2: host, x-amz-date (and the token) plus the request's headers; API Gateway
    // does not need x-amz-content-sha256 (an S3 header).
    assertThat(ours(request, API).signedHeaders()).containsExactly("host", "x-amz-date");
    assertThat(SdkSigner.signatureOf(sdk(request, API, false)))
        .contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date");
    assertThat(ours(request, API.withContentSha256Header(true)).authorization())
        .isEqualTo(SdkSigner.signatureOf(sdk(request, API, true)));
  }

  @Test
  void headersTheSdkNeverSigns_areSignedByUs() {
    SignableRequest request =
        get("https://example.com/")
            .withHeader("User-Agent", "cogsh/0.1")
            .withHeader("Expect", "100-continue")
            .withHeader("Connection", "keep-alive")
            .withHeader("X-Amzn-Trace-Id", "Root=1-abc");
    // DESIGN §3.2: every header given is signed; a proxy that rewrites one breaks the signature,
    // which is the user's call, not ours.
    assertThat(ours(request, API).signedHeaders())
        .containsExactly(
            "connection", "expect", "host", "user-agent", "x-amz-date", "x-amzn-trace-id");
    assertThat(SdkSigner.signatureOf(sdk(request, API.withContentSha256Header(true), true)))
        .contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,");
  }

  @Test
  void plusInTheQuery_sdkReadsASpace_weReadAPlus() {
    SignableRequest request = get("https://example.com/?q=a+b");
    // RFC 3986: '+' is a literal plus in a URI; form decoding ('+' = space) is HTML's rule.
    // aws-c-auth decodes %XX only, as we do.
    assertThat(ours(request, API).canonicalRequest().canonicalQuery()).isEqualTo("q=a%2Bb");
    SignableRequest spelledOut = get("https://example.com/?q=a%20b");
    SigningOptions withHash = API.withContentSha256Header(true);
    assertThat(SdkSigner.signatureOf(sdk(request, withHash, true)))
        .isEqualTo(ours(spelledOut, withHash).authorization());
  }

  @Test
  void equalsSignInAValue_sdkDropsTheRest_weEncodeIt() {
    SignableRequest request = get("https://example.com/?filter=a=b");
    assertThat(ours(request, API).canonicalRequest().canonicalQuery()).isEqualTo("filter=a%3Db");
    SigningOptions withHash = API.withContentSha256Header(true);
    assertThat(SdkSigner.signatureOf(sdk(request, withHash, true)))
        .isEqualTo(ours(get("https://example.com/?filter=a"), withHash).authorization());
  }

  @Test
  void dotDotAboveTheRoot_sdkKeepsIt_weRemoveIt() {
    SignableRequest request = get("https://example.com/../a");
    // RFC 3986 §5.2.4 removes it; java.net.URI.normalize (the SDK's) keeps a leading "..".
    assertThat(ours(request, API).canonicalRequest().canonicalUri()).isEqualTo("/a");
    SigningOptions withHash = API.withContentSha256Header(true);
    String sdkSignature = SdkSigner.signatureOf(sdk(request, withHash, true));
    assertThat(sdkSignature).isNotEqualTo(ours(request, withHash).authorization());
    assertThat(sdkSignature)
        .isEqualTo(ours(request, withHash.withNormalizePath(false)).authorization());
  }

  @Test
  void singleEncoding_sdkTakesTheWirePathAsItIs_weCanonicalizeEachSegment() {
    SigningOptions s3 = SigningOptions.of("us-east-1", "s3");
    SignableRequest request = get("https://bucket.s3.amazonaws.com/a$b/%7Ec");
    // S3 canonicalizes the decoded key, so '$' is %24 and %7E is '~' whatever the wire said.
    assertThat(ours(request, s3).canonicalRequest().canonicalUri()).isEqualTo("/a%24b/~c");
    assertThat(SdkSigner.signatureOf(sdk(request, s3, true)))
        .isNotEqualTo(ours(request, s3).authorization())
        .isEqualTo(sdkOf(get("https://bucket.s3.amazonaws.com/a$b/%7Ec"), s3));
    assertThat(ours(get("https://bucket.s3.amazonaws.com/a%24b/~c"), s3).authorization())
        .isEqualTo(
            SdkSigner.signatureOf(sdk(get("https://bucket.s3.amazonaws.com/a%24b/~c"), s3, true)));
  }

  @Test
  void unsignedPayloadOverPlainHttp_sdkSignsTheBodyAnyway() {
    SigningOptions unsigned = API.withUnsignedPayload(true).withContentSha256Header(true);
    SignableRequest request =
        new SignableRequest(
            "POST", URI.create("http://127.0.0.1:8080/prod"), List.of(), new byte[] {1});
    assertThat(sdkSignsPayloadAnyway(request, unsigned)).isTrue();
    assertThat(ours(request, unsigned).canonicalRequest().payloadHash())
        .isEqualTo("UNSIGNED-PAYLOAD");
    assertThat(SdkSigner.signatureOf(sdk(request, unsigned, true)))
        .isEqualTo(ours(request, unsigned.withUnsignedPayload(false)).authorization());
  }

  private String sdkOf(SignableRequest request, SigningOptions options) {
    return SdkSigner.signatureOf(sdk(request, options, true));
  }
}
