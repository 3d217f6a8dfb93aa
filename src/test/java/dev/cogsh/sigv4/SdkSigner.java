package dev.cogsh.sigv4;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** The SDK's own {@link AwsV4HttpSigner}, driven with the settings that match ours. */
final class SdkSigner {

  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  /**
   * Signs with a fixed clock, double URL encoding and path normalization as {@code options} say,
   * payload signing on (or off for {@code UNSIGNED-PAYLOAD}), chunk encoding off.
   *
   * @param withPayloadProperty false leaves PAYLOAD_SIGNING_ENABLED unset (the SDK's default)
   */
  SdkHttpRequest sign(
      SignableRequest request,
      SigningCredentials credentials,
      SigningOptions options,
      Instant time,
      boolean withPayloadProperty) {
    SdkHttpFullRequest.Builder http =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.fromValue(request.method()))
            .uri(request.url());
    for (Header h : request.headers()) {
      http.appendHeader(h.name(), h.value());
    }
    byte[] body = request.body();
    AwsCredentialsIdentity identity =
        credentials.sessionToken() == null
            ? AwsCredentialsIdentity.create(credentials.accessKeyId(), credentials.secretKey())
            : AwsSessionCredentialsIdentity.create(
                credentials.accessKeyId(), credentials.secretKey(), credentials.sessionToken());
    SignRequest.Builder<AwsCredentialsIdentity> sign =
        SignRequest.builder(identity)
            .request(http.build())
            .putProperty(AwsV4HttpSigner.REGION_NAME, options.region())
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, options.service())
            .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(time, ZoneOffset.UTC))
            .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, options.doubleEncodePath())
            .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, options.normalizePath())
            .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, false);
    if (body.length > 0) {
      sign.payload(() -> new ByteArrayInputStream(body));
    }
    if (withPayloadProperty) {
      sign.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, !options.unsignedPayload());
    }
    if (options.placement() == Placement.QUERY) {
      sign.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
          .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, options.expires());
    }
    return signer.sign(sign.build()).request();
  }

  /** The SDK's Authorization header, or in query mode its X-Amz-Signature parameter. */
  static String signatureOf(SdkHttpRequest signed) {
    return signed
        .firstMatchingHeader("Authorization")
        .orElseGet(() -> signed.firstMatchingRawQueryParameter("X-Amz-Signature").orElseThrow());
  }

  /** Ours, in the same form as {@link #signatureOf}. */
  static String signatureOf(SigningTrace trace) {
    return trace.placement() == Placement.HEADER ? trace.authorization() : trace.signature();
  }

  static SignableRequest request(String method, String url, List<Header> headers, String body) {
    return new SignableRequest(
        method, URI.create(url), headers, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static final Duration HOUR = Duration.ofHours(1);
}
