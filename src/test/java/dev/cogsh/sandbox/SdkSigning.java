package dev.cogsh.sandbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/** Signs requests with the AWS SDK's own {@code AwsV4HttpSigner}, independent of cogsh's sigv4. */
final class SdkSigning {
  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private SdkSigning() {}

  /** A request to send: method, absolute URL (wire form), headers in order, body. */
  record Wire(String method, URI url, List<String[]> headers, byte[] body) {
    String target() {
      return url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }

    String header(String name) {
      return headers.stream()
          .filter(h -> h[0].equalsIgnoreCase(name))
          .map(h -> h[1])
          .findFirst()
          .orElse(null);
    }

    Wire withHeader(String name, String value) {
      List<String[]> copy = new ArrayList<>();
      for (String[] h : headers) {
        copy.add(h[0].equalsIgnoreCase(name) ? new String[] {h[0], value} : h);
      }
      return new Wire(method, url, copy, body);
    }
  }

  /** Signs in the Authorization header at {@code time}. */
  static Wire sign(
      String method,
      URI url,
      Map<String, String> headers,
      byte[] body,
      Credentials creds,
      Instant time) {
    return sign(method, url, headers, body, creds, time, null);
  }

  /** Signs in the header, or presigns in the query when {@code expires} is given. */
  static Wire sign(
      String method,
      URI url,
      Map<String, String> headers,
      byte[] body,
      Credentials creds,
      Instant time,
      Duration expires) {
    SdkHttpRequest.Builder request =
        SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(url);
    headers.forEach(request::putHeader);
    var signed =
        SIGNER.sign(
            r -> {
              r.identity(
                      AwsSessionCredentialsIdentity.create(
                          creds.accessKeyId(), creds.secretKey(), creds.sessionToken()))
                  .request(request.build())
                  .payload(ContentStreamProvider.fromByteArray(body))
                  .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                  .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                  .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(time, ZoneOffset.UTC));
              if (expires != null) {
                r.putProperty(
                        AwsV4HttpSigner.AUTH_LOCATION,
                        AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expires);
              }
            });
    SdkHttpRequest out = signed.request();
    List<String[]> wireHeaders = new ArrayList<>();
    out.forEachHeader(
        (name, values) -> values.forEach(v -> wireHeaders.add(new String[] {name, v})));
    return new Wire(method, out.getUri(), wireHeaders, body);
  }

  /** Hex SHA-256, as SigV4 writes hashes. */
  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
