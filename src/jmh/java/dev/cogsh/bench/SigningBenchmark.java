package dev.cogsh.bench;

import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SigV4Signer;
import dev.cogsh.sigv4.SignableRequest;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.SigningTrace;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.infra.Blackhole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signs a typical API call (POST, 3 headers, 1 kB JSON body, session token) with our {@link
 * SigV4Signer} and with the SDK's {@link AwsV4HttpSigner}, configured to produce the same
 * Authorization header (checked in {@link #setUp()}), and the floor: only the work no SigV4 signer
 * can avoid ({@link #floor}). Run with {@code scripts/bench signing}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SigningBenchmark {

  private static final URI URL =
      URI.create("https://ly55wbovq4.execute-api.us-east-1.amazonaws.com/prod/notes");
  private static final Instant TIME = Instant.parse("2025-11-29T12:00:00Z");
  private static final String ACCESS_KEY = "ASIAEXAMPLE12345WXYZ";
  private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN =
      "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ".repeat(12);

  private SigV4Signer ours;
  private SignableRequest request;
  private SigningCredentials credentials;
  private SigningOptions options;

  private byte[] body;
  private byte[] canonicalRequest;
  private byte[] stringToSign;
  private MessageDigest sha256;
  private Mac cachedKeyMac;

  private AwsV4HttpSigner sdk;
  private SignRequest<AwsCredentialsIdentity> sdkRequest;

  /** Builds both requests once and checks that both signers agree. */
  @Setup
  public void setUp() {
    body = jsonBody();
    List<Header> headers =
        List.of(
            new Header("Content-Type", "application/json"),
            new Header("Accept", "application/json"),
            new Header("X-Request-Id", "6f1c2a4e-0d3b-4c47-9f0e-2a1b3c4d5e6f"));
    ours = new SigV4Signer();
    request = new SignableRequest("POST", URL, headers, body);
    credentials = new SigningCredentials(ACCESS_KEY, SECRET_KEY, TOKEN);
    // The SDK always sends x-amz-content-sha256 when it signs the payload: do the same work.
    options = SigningOptions.of("us-east-1", "execute-api").withContentSha256Header(true);

    sdk = AwsV4HttpSigner.create();
    SdkHttpFullRequest.Builder http =
        SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(URL);
    headers.forEach(h -> http.appendHeader(h.name(), h.value()));
    sdkRequest =
        SignRequest.builder(
                (AwsCredentialsIdentity)
                    AwsSessionCredentialsIdentity.create(ACCESS_KEY, SECRET_KEY, TOKEN))
            .request(http.build())
            .payload(() -> new ByteArrayInputStream(body))
            .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
            .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(TIME, ZoneOffset.UTC))
            .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
            .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, false)
            .build();

    SigningTrace trace = ours();
    canonicalRequest = trace.canonicalRequestText().getBytes(StandardCharsets.UTF_8);
    stringToSign = trace.stringToSign().getBytes(StandardCharsets.UTF_8);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
      cachedKeyMac = Mac.getInstance("HmacSHA256");
      cachedKeyMac.init(
          new SecretKeySpec(HexFormat.of().parseHex(trace.signingKeyHex()), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    if (!HexFormat.of().formatHex(floorSignature()).equals(trace.signature())) {
      throw new IllegalStateException("the floor does not compute the same signature");
    }

    String theirs = sdk().request().firstMatchingHeader("Authorization").orElseThrow();
    if (!theirs.equals(ours().authorization())) {
      throw new IllegalStateException(
          "the signers disagree:\n" + theirs + "\n" + ours().authorization());
    }
  }

  /** Our signer: every intermediate kept in the returned trace. */
  @Benchmark
  public SigningTrace ours() {
    return ours.sign(request, credentials, options, TIME);
  }

  /**
   * The floor: SHA-256 of the body and of the (already built) canonical request, and one HMAC of
   * the (already built) string to sign with the signing key cached. Building the texts, the key
   * derivation on a cache miss, and the headers are what a signer adds to this.
   */
  @Benchmark
  public void floor(Blackhole hole) {
    hole.consume(sha256.digest(body));
    hole.consume(sha256.digest(canonicalRequest));
    hole.consume(cachedKeyMac.doFinal(stringToSign));
  }

  private byte[] floorSignature() {
    return cachedKeyMac.doFinal(stringToSign);
  }

  /** The SDK's signer on the same request. */
  @Benchmark
  public SignedRequest sdk() {
    return sdk.sign(sdkRequest);
  }

  private static byte[] jsonBody() {
    StringBuilder json = new StringBuilder("{\"content\":\"");
    while (json.length() < 1000) {
      json.append("hello world, this is a note ");
    }
    json.setLength(1000);
    json.append("\",\"attachment\":null}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
