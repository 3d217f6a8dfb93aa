package dev.cogsh.sigv4;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to sign: the scope's region and service, and the rules that differ between services.
 *
 * @param doubleEncodePath encode each segment of the wire path once more (every service but S3)
 * @param normalizePath remove dot segments and empty segments from the path (every service but S3)
 * @param unsignedPayload use {@code UNSIGNED-PAYLOAD} instead of the body's SHA-256
 * @param placement where the signature goes
 * @param expires the lifetime of a presigned URL ({@link Placement#QUERY}; 1 s to 7 days); null in
 *     {@link Placement#HEADER} mode
 * @param contentSha256Header add (and sign) {@code x-amz-content-sha256} carrying the payload hash
 *     ({@link Placement#HEADER} mode only; S3 requires it, API Gateway does not)
 * @param signSessionToken sign {@code X-Amz-Security-Token} (the default); false adds it after
 *     signing, unsigned, as some services expect
 */
public record SigningOptions(
    String region,
    String service,
    boolean doubleEncodePath,
    boolean normalizePath,
    boolean unsignedPayload,
    Placement placement,
    Duration expires,
    boolean contentSha256Header,
    boolean signSessionToken) {

  /** The longest lifetime of a presigned URL. */
  public static final Duration MAX_EXPIRES = Duration.ofDays(7);

  /** Validates the scope and the presign lifetime. */
  public SigningOptions {
    Objects.requireNonNull(placement, "placement");
    if (region == null || region.isBlank() || service == null || service.isBlank()) {
      throw new IllegalArgumentException("a region and a service are required to sign");
    }
    if (placement == Placement.QUERY
        && (expires == null
            || expires.compareTo(Duration.ofSeconds(1)) < 0
            || expires.compareTo(MAX_EXPIRES) > 0)) {
      throw new IllegalArgumentException(
          "a presigned URL expires after 1 second to 7 days (604800 s), not " + expires);
    }
    if (placement == Placement.HEADER) {
      expires = null;
    }
  }

  /** The seven-part form: no {@code x-amz-content-sha256} header, the session token signed. */
  public SigningOptions(
      String region,
      String service,
      boolean doubleEncodePath,
      boolean normalizePath,
      boolean unsignedPayload,
      Placement placement,
      Duration expires) {
    this(
        region,
        service,
        doubleEncodePath,
        normalizePath,
        unsignedPayload,
        placement,
        expires,
        false,
        true);
  }

  /**
   * Header placement, body signed; double encoding and path normalization unless the service is
   * {@code s3} (which also gets its required {@code x-amz-content-sha256} header).
   */
  public static SigningOptions of(String region, String service) {
    boolean s3 = "s3".equals(service);
    return new SigningOptions(region, service, !s3, !s3, false, Placement.HEADER, null, s3, true);
  }

  /** {@code execute-api} in the region of an {@code *.execute-api.<region>.amazonaws.com} URL. */
  public static Optional<SigningOptions> forExecuteApi(URI url) {
    return ExecuteApiHost.region(url.getHost()).map(r -> of(r, ExecuteApiHost.SERVICE));
  }

  public SigningOptions withRegion(String value) {
    return new SigningOptions(
        value,
        service,
        doubleEncodePath,
        normalizePath,
        unsignedPayload,
        placement,
        expires,
        contentSha256Header,
        signSessionToken);
  }

  public SigningOptions withService(String value) {
    return new SigningOptions(
        region,
        value,
        doubleEncodePath,
        normalizePath,
        unsignedPayload,
        placement,
        expires,
        contentSha256Header,
        signSessionToken);
  }

  public SigningOptions withDoubleEncodePath(boolean value) {
    return new SigningOptions(
        region,
        service,
        value,
        normalizePath,
        unsignedPayload,
        placement,
        expires,
        contentSha256Header,
        signSessionToken);
  }

  public SigningOptions withNormalizePath(boolean value) {
    return new SigningOptions(
        region,
        service,
        doubleEncodePath,
        value,
        unsignedPayload,
        placement,
        expires,
        contentSha256Header,
        signSessionToken);
  }

  public SigningOptions withUnsignedPayload(boolean value) {
    return new SigningOptions(
        region,
        service,
        doubleEncodePath,
        normalizePath,
        value,
        placement,
        expires,
        contentSha256Header,
        signSessionToken);
  }

  /** {@link Placement#HEADER} ignores {@code expires}; {@link Placement#QUERY} requires it. */
  public SigningOptions withPlacement(Placement value, Duration expiresAfter) {
    return new SigningOptions(
        region,
        service,
        doubleEncodePath,
        normalizePath,
        unsignedPayload,
        value,
        expiresAfter,
        contentSha256Header,
        signSessionToken);
  }

  public SigningOptions withContentSha256Header(boolean value) {
    return new SigningOptions(
        region,
        service,
        doubleEncodePath,
        normalizePath,
        unsignedPayload,
        placement,
        expires,
        value,
        signSessionToken);
  }

  public SigningOptions withSignSessionToken(boolean value) {
    return new SigningOptions(
        region,
        service,
        doubleEncodePath,
        normalizePath,
        unsignedPayload,
        placement,
        expires,
        contentSha256Header,
        value);
  }
}
