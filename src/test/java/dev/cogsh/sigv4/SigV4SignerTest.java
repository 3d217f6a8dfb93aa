package dev.cogsh.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tasks 1–4 end to end, with the suite's credentials and date as known answers. */
class SigV4SignerTest {

  // From src/test/resources/testdata/sigv4/README.md (common parameters).
  static final SigningCredentials KEYS =
      SigningCredentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  static final Instant TIME = Instant.parse("2015-08-30T12:36:00Z");
  static final SigningOptions SERVICE = SigningOptions.of("us-east-1", "service");
  static final String TOKEN = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";

  private final SigV4Signer signer = new SigV4Signer();

  private static SignableRequest vanilla() {
    return SignableRequest.of("GET", URI.create("https://example.amazonaws.com/"));
  }

  @Test
  void sign_getVanilla_givesTheSuiteSignature() {
    SigningTrace t = signer.sign(vanilla(), KEYS, SERVICE, TIME);
    assertThat(t.signature())
        .isEqualTo("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    assertThat(t.authorization())
        .isEqualTo(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                + " SignedHeaders=host;x-amz-date,"
                + " Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    assertThat(t.headersToSend())
        .containsExactly(
            new Header("Host", "example.amazonaws.com"),
            new Header("X-Amz-Date", "20150830T123600Z"),
            new Header("Authorization", t.authorization()));
    assertThat(t.url()).isEqualTo(URI.create("https://example.amazonaws.com/"));
  }

  @Test
  void signingKey_derive_givesTheDocumentedKey() {
    byte[] key = SigningKey.derive(KEYS.secretKey(), "20150830", "us-east-1", "service");
    assertThat(Signatures.hex(key))
        .isEqualTo("938127b5336810ddb6a5d6af445fcac9e371f9ed418ed386b022aed82901be75");
  }

  @Test
  void sign_withSessionToken_signsTheTokenHeader() {
    SigningTrace t =
        signer.sign(
            vanilla(),
            new SigningCredentials("AKIDEXAMPLE", KEYS.secretKey(), TOKEN),
            SERVICE,
            TIME);
    assertThat(t.signedHeaders()).containsExactly("host", "x-amz-date", "x-amz-security-token");
    assertThat(t.signature())
        .isEqualTo("07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8");
  }

  @Test
  void sign_tokenAfterSigning_addsTheTokenUnsigned() {
    SigningTrace t =
        signer.sign(
            vanilla(),
            new SigningCredentials("AKIDEXAMPLE", KEYS.secretKey(), TOKEN),
            SERVICE.withSignSessionToken(false),
            TIME);
    assertThat(t.signedHeaders()).containsExactly("host", "x-amz-date");
    assertThat(t.headersToSend()).contains(new Header("X-Amz-Security-Token", TOKEN));
    assertThat(t.signature()).isEqualTo(signer.sign(vanilla(), KEYS, SERVICE, TIME).signature());
  }

  @Test
  void sign_queryPlacement_appendsPresignParameters_andNoAuthorization() {
    SignableRequest request =
        SignableRequest.of("GET", URI.create("https://example.amazonaws.com/?Param1=value1"));
    SigningTrace t =
        signer.sign(
            request, KEYS, SERVICE.withPlacement(Placement.QUERY, Duration.ofHours(1)), TIME);
    assertThat(t.authorization()).isNull();
    assertThat(t.signedHeaders()).containsExactly("host");
    assertThat(t.headersToSend()).containsExactly(new Header("Host", "example.amazonaws.com"));
    assertThat(t.url().toString())
        .isEqualTo(
            "https://example.amazonaws.com/?Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request"
                + "&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature="
                + t.signature());
  }

  @Test
  void sign_queryPlacement_resigningReplacesTheEarlierParameters() {
    SigningOptions presign = SERVICE.withPlacement(Placement.QUERY, Duration.ofMinutes(5));
    SigningTrace first = signer.sign(vanilla(), KEYS, presign, TIME);
    SigningTrace again = signer.sign(SignableRequest.of("GET", first.url()), KEYS, presign, TIME);
    assertThat(again.url()).isEqualTo(first.url());
  }

  @Test
  void sign_existingAuthorizationAndDate_areReplaced() {
    SignableRequest request =
        vanilla()
            .withHeader("Authorization", "Bearer eyJ")
            .withHeader("x-amz-date", "19990101T000000Z");
    SigningTrace t = signer.sign(request, KEYS, SERVICE, TIME);
    assertThat(t.signature()).isEqualTo(signer.sign(vanilla(), KEYS, SERVICE, TIME).signature());
    assertThat(t.headersToSend()).extracting(Header::name).containsOnlyOnce("Authorization");
  }

  @Test
  void sign_givenHostHeader_isKept_elseTheUrlHostWithAnExplicitPort() {
    assertThat(hostOf("http://127.0.0.1:8080/prod")).isEqualTo("127.0.0.1:8080");
    assertThat(hostOf("https://example.com:443/")).isEqualTo("example.com");
    assertThat(hostOf("http://example.com:80/")).isEqualTo("example.com");
    SigningTrace t =
        signer.sign(vanilla().withHeader("host", "api.example.org"), KEYS, SERVICE, TIME);
    assertThat(t.canonicalRequest().canonicalHeaders())
        .contains(new Header("host", "api.example.org"));
  }

  private String hostOf(String url) {
    SigningTrace t = signer.sign(SignableRequest.of("GET", URI.create(url)), KEYS, SERVICE, TIME);
    return t.canonicalRequest().canonicalHeaders().get(0).value();
  }

  @Test
  void sign_unsignedPayload_usesTheUnsignedPayloadHash() {
    SignableRequest post = vanilla().withBody("{}".getBytes(StandardCharsets.UTF_8));
    SigningTrace t =
        signer.sign(
            post, KEYS, SERVICE.withUnsignedPayload(true).withContentSha256Header(true), TIME);
    assertThat(t.canonicalRequest().payloadHash()).isEqualTo("UNSIGNED-PAYLOAD");
    assertThat(t.headersToSend()).contains(new Header("x-amz-content-sha256", "UNSIGNED-PAYLOAD"));
  }

  @Test
  void sign_body_isHashedExactly() {
    SignableRequest post =
        SignableRequest.of("POST", URI.create("https://example.amazonaws.com/"))
            .withBody("Param1=value1".getBytes(StandardCharsets.UTF_8));
    assertThat(signer.sign(post, KEYS, SERVICE, TIME).canonicalRequest().payloadHash())
        .isEqualTo("9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e");
  }

  @Test
  void signingKeyCache_holdsOneKeyPerScope_andStaysSmall() {
    for (int day = 0; day < 40; day++) {
      signer.sign(vanilla(), KEYS, SERVICE, TIME.plus(Duration.ofDays(day)));
      signer.sign(vanilla(), KEYS, SERVICE, TIME.plus(Duration.ofDays(day)).plusSeconds(60));
    }
    assertThat(signer.cachedKeys()).isEqualTo(SigV4Signer.KEY_CACHE_SIZE);
    SigV4Signer fresh = new SigV4Signer();
    fresh.sign(vanilla(), KEYS, SERVICE, TIME);
    fresh.sign(vanilla(), KEYS, SERVICE, TIME.plusSeconds(3600));
    assertThat(fresh.cachedKeys()).isEqualTo(1);
    fresh.sign(vanilla(), SigningCredentials.of("AKIDEXAMPLE", "other"), SERVICE, TIME);
    assertThat(fresh.cachedKeys()).isEqualTo(2);
  }

  @Test
  void sign_isAFunctionOfItsInputs() {
    SigningTrace a = signer.sign(vanilla(), KEYS, SERVICE, TIME);
    SigningTrace b = new SigV4Signer().sign(vanilla(), KEYS, SERVICE, TIME);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void signableRequest_copiesTheBody() {
    byte[] body = {1, 2, 3};
    SignableRequest r = vanilla().withBody(body);
    body[0] = 9;
    r.body()[1] = 9;
    assertThat(r.body()).containsExactly(1, 2, 3);
  }

  @Test
  void signableRequest_rejectsARelativeUrl() {
    assertThatThrownBy(() -> SignableRequest.of("GET", URI.create("/prod/notes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute");
  }

  @Test
  void signingOptions_forS3_singleEncodesDoesNotNormalize_andSendsContentSha256() {
    SigningOptions s3 = SigningOptions.of("us-east-1", "s3");
    assertThat(s3.doubleEncodePath()).isFalse();
    assertThat(s3.normalizePath()).isFalse();
    assertThat(s3.contentSha256Header()).isTrue();
    assertThat(SERVICE.doubleEncodePath()).isTrue();
    assertThat(SERVICE.normalizePath()).isTrue();
  }

  @Test
  void signingOptions_presignLifetime_isOneSecondToSevenDays() {
    assertThatThrownBy(() -> SERVICE.withPlacement(Placement.QUERY, null))
        .hasMessageContaining("7 days");
    assertThatThrownBy(() -> SERVICE.withPlacement(Placement.QUERY, Duration.ofDays(8)))
        .hasMessageContaining("604800");
    assertThat(SERVICE.withPlacement(Placement.QUERY, Duration.ofDays(7)).expires())
        .isEqualTo(Duration.ofDays(7));
    assertThat(SERVICE.withPlacement(Placement.HEADER, Duration.ofDays(7)).expires()).isNull();
  }

  @Test
  void signingOptions_forExecuteApi_readsRegionFromTheHost() {
    assertThat(
            SigningOptions.forExecuteApi(
                URI.create("https://ly55wbovq4.execute-api.eu-west-3.amazonaws.com/prod")))
        .contains(SigningOptions.of("eu-west-3", "execute-api"));
    assertThat(SigningOptions.forExecuteApi(URI.create("https://api.example.com/prod"))).isEmpty();
  }

  @Test
  void amzDate_formatAndParse_roundTrip() {
    assertThat(AmzDate.format(Instant.parse("2015-08-30T12:36:00.999Z")))
        .isEqualTo("20150830T123600Z");
    assertThat(AmzDate.parse("20150830T123600Z")).isEqualTo(TIME);
    for (String bad :
        List.of(
            "2015-08-30T12:36:00Z", "20150830T123600", "20151330T123600Z", "2015083xT123600Z")) {
      assertThatThrownBy(() -> AmzDate.parse(bad)).hasMessageContaining("20150830T123600Z");
    }
  }
}
