package dev.cogsh.sandbox;

import dev.cogsh.sigv4.AmzDate;
import dev.cogsh.sigv4.AuthorizationHeader;
import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.CredentialScope;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.IncompleteSignatureException;
import dev.cogsh.sigv4.Signatures;
import dev.cogsh.sigv4.SigningKey;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.StringToSign;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a SigV4 signature the way API Gateway does for an IAM-authorized route, with its status
 * codes and messages:
 *
 * <ol>
 *   <li>find the signature: the {@code Authorization} header, else presigned query parameters, else
 *       {@code MissingAuthenticationTokenException};
 *   <li>parse it ({@code IncompleteSignatureException});
 *   <li>check the credential scope against the request date, region and service;
 *   <li>check the time: ±5 minutes, or the presigned URL's {@code X-Amz-Expires};
 *   <li>find the credentials and the session token ({@code UnrecognizedClientException}, {@code
 *       ExpiredTokenException});
 *   <li>recompute the canonical request from the request as received, the string to sign and the
 *       signature, and compare ({@code InvalidSignatureException} with the "should have been"
 *       text).
 * </ol>
 */
final class SigV4Verifier {
  static final String SERVICE = "execute-api";
  static final Duration WINDOW = Duration.ofMinutes(5);
  private static final String MISMATCH =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";

  /**
   * A caller whose signature checked out.
   *
   * @param credentials the credentials it signed with
   * @param canonicalRequest the canonical request the sandbox computed
   * @param stringToSign the string to sign the sandbox computed
   */
  record Caller(IssuedCredentials credentials, String canonicalRequest, String stringToSign) {}

  /** What the request says about its own signature, from either placement. */
  private record Claimed(
      AuthorizationHeader authorization,
      String amzDate,
      Instant time,
      Duration expires,
      String sessionToken,
      boolean presigned) {}

  private final String region;
  private final String service;
  private final IdentityPool identityPool;
  private final Clock clock;

  SigV4Verifier(String region, IdentityPool identityPool, Clock clock) {
    this(region, SERVICE, identityPool, clock);
  }

  /** A verifier for another service's scope ({@code sts}, {@code lambda} …). */
  SigV4Verifier(String region, String service, IdentityPool identityPool, Clock clock) {
    this.region = region;
    this.service = service;
    this.identityPool = identityPool;
    this.clock = clock;
  }

  Caller verify(Request request) {
    Claimed claimed =
        request.header("authorization") != null
            ? fromHeader(request)
            : PresignedQuery.claimed(request.rawQuery())
                .map(SigV4Verifier::fromQuery)
                .orElseThrow(ApiGateway::missingToken);
    AuthorizationHeader auth = claimed.authorization();
    SignedHeaderRules.check(request, auth.signedHeaders(), claimed.presigned());
    checkScope(auth.scope(), claimed.amzDate());
    checkTime(claimed);
    IssuedCredentials credentials =
        identityPool
            .credentials(auth.accessKeyId())
            .filter(c -> c.sessionToken().equals(claimed.sessionToken()))
            .orElseThrow(
                () ->
                    AwsErrorException.gateway(
                        403,
                        "UnrecognizedClientException",
                        "The security token included in the request is invalid."));
    if (!clock.instant().isBefore(credentials.expiration())) {
      throw AwsErrorException.gateway(
          403, "ExpiredTokenException", "The security token included in the request is expired");
    }
    CanonicalRequest canonical = canonicalRequest(request, auth);
    String stringToSign = StringToSign.of(claimed.amzDate(), auth.scope(), canonical.text());
    byte[] key =
        SigningKey.derive(
            credentials.secretKey(),
            auth.scope().date(),
            auth.scope().region(),
            auth.scope().service());
    String expected = Signatures.hmacHex(key, stringToSign);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        auth.signature().getBytes(StandardCharsets.UTF_8))) {
      throw AwsErrorException.gateway(
          403,
          "InvalidSignatureException",
          MISMATCH
              + "\n\nThe Canonical String for this request should have been\n'"
              + canonical.text()
              + "'\n\nThe String-to-Sign should have been\n'"
              + stringToSign
              + "'\n");
    }
    return new Caller(credentials, canonical.text(), stringToSign);
  }

  /** The canonical request of the request as received, for the headers it says it signed. */
  CanonicalRequest canonicalRequest(Request request, AuthorizationHeader auth) {
    List<Header> headers = new ArrayList<>();
    request
        .headers()
        .forEach((name, values) -> values.forEach(v -> headers.add(new Header(name, v))));
    // API Gateway hashes the body it received, whatever x-amz-content-sha256 claims: a request
    // signed with UNSIGNED-PAYLOAD or a stale hash fails (aws-sdk-java-v2#5581), and a body changed
    // in transit cannot ride on a signed header.
    String payloadHash = Signatures.sha256Hex(request.body());
    return CanonicalRequest.of(
        request.method(),
        request.rawPath(),
        request.rawQuery(),
        headers,
        auth.signedHeaders(),
        payloadHash,
        SigningOptions.of(region, service));
  }

  private static Claimed fromHeader(Request request) {
    String amzDate = request.header("x-amz-date");
    String date = request.header("date");
    AuthorizationHeader auth;
    try {
      auth =
          AuthorizationHeader.parse(
              request.header("authorization"), amzDate != null || date != null);
    } catch (IncompleteSignatureException e) {
      throw incomplete(e.getMessage());
    }
    Instant time = amzDate != null ? parseAmzDate(amzDate) : HttpDates.parse(date);
    if (time == null) {
      throw incomplete(
          "Date must be in ISO-8601 'basic format'. Got '"
              + (amzDate != null ? amzDate : date)
              + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
    return new Claimed(
        auth, AmzDate.format(time), time, null, request.header("x-amz-security-token"), false);
  }

  private static Claimed fromQuery(PresignedQuery query) {
    Instant time = parseAmzDate(query.amzDate());
    if (time == null) {
      throw incomplete(
          "Date must be in ISO-8601 'basic format'. Got '"
              + query.amzDate()
              + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
    return new Claimed(
        query.authorization(), query.amzDate(), time, query.expires(), query.sessionToken(), true);
  }

  private void checkScope(CredentialScope scope, String amzDate) {
    StringBuilder problems = new StringBuilder();
    if (!scope.date().equals(amzDate.substring(0, 8))) {
      problems.append(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '"
              + scope.date()
              + "' != '"
              + amzDate.substring(0, 8)
              + "', from '"
              + amzDate
              + "'. ");
    }
    if (!scope.region().equals(region)) {
      problems
          .append("Credential should be scoped to a valid region, not '")
          .append(scope.region())
          .append("'. ");
    }
    if (!scope.service().equals(service)) {
      problems.append("Credential should be scoped to correct service: '" + service + "'. ");
    }
    if (problems.length() > 0) {
      throw AwsErrorException.gateway(403, "InvalidSignatureException", problems.toString());
    }
  }

  private void checkTime(Claimed claimed) {
    Instant now = clock.instant();
    if (claimed.time().isAfter(now.plus(WINDOW))) {
      throw AwsErrorException.gateway(
          403,
          "InvalidSignatureException",
          "Signature not yet current: "
              + claimed.amzDate()
              + " is still later than "
              + AmzDate.format(now.plus(WINDOW))
              + " ("
              + AmzDate.format(now)
              + " + 5 min.)");
    }
    Duration lifetime =
        claimed.presigned() && claimed.expires() != null ? claimed.expires() : WINDOW;
    if (claimed.time().isBefore(now.minus(lifetime))) {
      throw AwsErrorException.gateway(
          403,
          "InvalidSignatureException",
          "Signature expired: "
              + claimed.amzDate()
              + " is now earlier than "
              + AmzDate.format(now.minus(lifetime))
              + " ("
              + AmzDate.format(now)
              + " - "
              + describe(lifetime)
              + ".)");
    }
  }

  /** {@code 5 min} for whole minutes, else {@code 90 sec}. */
  private static String describe(Duration lifetime) {
    long seconds = lifetime.toSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " sec";
  }

  private static Instant parseAmzDate(String text) {
    try {
      return AmzDate.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static AwsErrorException incomplete(String message) {
    return AwsErrorException.gateway(403, "IncompleteSignatureException", message);
  }
}
