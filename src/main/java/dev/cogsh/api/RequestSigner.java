package dev.cogsh.api;

import dev.cogsh.config.ApiAuth;
import dev.cogsh.human.Durations;
import dev.cogsh.sigv4.Placement;
import dev.cogsh.sigv4.SigV4Signer;
import dev.cogsh.sigv4.SignableRequest;
import dev.cogsh.sigv4.SigningCredentials;
import dev.cogsh.sigv4.SigningOptions;
import dev.cogsh.sigv4.SigningTrace;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Signs frozen requests with the current credentials at this clock's time plus the measured offset
 * to the server's clock.
 */
final class RequestSigner {

  private final SigV4Signer signer = new SigV4Signer();
  private final CredentialSource credentials;
  private final Clock clock;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private volatile TokenSource tokens = TokenSource.none();

  RequestSigner(CredentialSource credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  /**
   * Signs now: a fresh date and the credentials the source gives now. In a mode other than {@code
   * iam} nothing is signed and no credentials are fetched: the token (fresh) or API key is added.
   */
  SignedRequest sign(RequestSpec spec) {
    if (spec.auth().mode() != ApiAuth.IAM) {
      return UnsignedAuthorizer.prepare(spec, tokens, now());
    }
    return signIam(spec);
  }

  private SignedRequest signIam(RequestSpec spec) {
    SigningCredentials c = credentials.current();
    if (c == null) {
      throw new ApiException(
          "no credentials to sign with", "sign in (auth.login()) or set creds.use(..)");
    }
    FrozenRequest f = spec.request();
    SigningTrace trace =
        signer.sign(
            new SignableRequest(f.method(), f.uri(), f.headers(), f.body()),
            c,
            spec.signing(),
            now());
    return new SignedRequest(SignedRequest.signedWire(trace, spec), trace, spec);
  }

  /** A presigned URL for the spec: the signature in the query, valid for {@code expires}. */
  URI presign(RequestSpec spec, Duration expires) {
    if (expires == null
        || expires.compareTo(Duration.ofSeconds(1)) < 0
        || expires.compareTo(SigningOptions.MAX_EXPIRES) > 0) {
      throw new ApiException(
          "a presigned URL lives 1 second to 7 days, not "
              + (expires == null ? "null" : Durations.format(expires)),
          "pass e.g. Duration.ofMinutes(5)");
    }
    RequestSpec query =
        new RequestSpec(
            spec.request(),
            spec.signing().withPlacement(Placement.QUERY, expires),
            spec.timeout(),
            spec.retry(),
            spec.http2(),
            spec.warnings(),
            spec.auth());
    return signIam(query).trace().url();
  }

  /** This clock plus the measured offset: the time requests are signed with. */
  Instant now() {
    return clock.instant().plus(offset.get());
  }

  Duration offset() {
    return offset.get();
  }

  void offset(Duration value) {
    offset.set(value);
  }

  /** Adds a measured skew to the offset; returns the new offset. */
  Duration adjust(Duration skew) {
    return offset.accumulateAndGet(skew, Duration::plus);
  }

  TokenSource tokens() {
    return tokens;
  }

  void tokens(TokenSource value) {
    tokens = value;
  }

  CredentialSource credentials() {
    return credentials;
  }

  Clock clock() {
    return clock;
  }
}
