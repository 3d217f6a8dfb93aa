package dev.cogsh.api;

import dev.cogsh.sigv4.AmzDate;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.SigningTrace;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A signed request: the frozen request exactly as it goes on the wire (the signature headers
 * included) and the {@link SigningTrace} of its signature. In a mode other than {@code iam} the
 * request is not signed: the wire request carries the token or API key, and {@link #trace()} is
 * null ({@link #authorization()} says how it was authorized).
 *
 * <p>The {@code with…} methods change the request <em>after</em> signing and keep the trace: a way
 * to see what the server makes of a request that was tampered with ({@code
 * api.send(signed.withHeader("Content-Type", "application/json; charset=UTF-8"))}, then {@code
 * api.diff()}).
 */
public final class SignedRequest {

  private final FrozenRequest wire;
  private final SigningTrace trace;
  private final RequestSpec spec;
  private final FrozenRequest prepared;
  private final Instant preparedAt;

  SignedRequest(FrozenRequest wire, SigningTrace trace, RequestSpec spec) {
    this(wire, trace, spec, signedWire(trace, spec), AmzDate.parse(trace.amzDate()));
  }

  private SignedRequest(
      FrozenRequest wire,
      SigningTrace trace,
      RequestSpec spec,
      FrozenRequest prepared,
      Instant preparedAt) {
    this.wire = wire;
    this.trace = trace;
    this.spec = spec;
    this.prepared = prepared;
    this.preparedAt = preparedAt;
  }

  /**
   * A request authorized without a signature (token, API key or nothing), prepared at {@code at}.
   */
  static SignedRequest unsigned(FrozenRequest wire, RequestSpec spec, Instant at) {
    return new SignedRequest(wire, null, spec, wire, at);
  }

  /** How the request was authorized: the mode, why, the token header. */
  public ApiAuthorization authorization() {
    return spec.auth();
  }

  /** True when the request carries a SigV4 signature (the {@code iam} mode). */
  public boolean signed() {
    return trace != null;
  }

  /** The request as it goes on the wire. */
  public FrozenRequest frozen() {
    return wire;
  }

  /** Every step of the signature; null when the request was not signed ({@link #signed()}). */
  public SigningTrace trace() {
    return trace;
  }

  public String method() {
    return wire.method();
  }

  public URI uri() {
    return wire.uri();
  }

  /**
   * The headers sent: the signature headers and {@code Host} included (HttpClient writes Host
   * itself, from the URL, with the value signed).
   */
  public List<Header> headers() {
    return wire.headers();
  }

  /** A copy of the body bytes. */
  public byte[] body() {
    return wire.body();
  }

  /** When it was signed (its {@code X-Amz-Date}), or prepared when it is not signed. */
  public Instant signedAt() {
    return preparedAt;
  }

  /** What building the request noticed (pre-encoded input, replaced headers …). */
  public List<String> warnings() {
    return spec.warnings();
  }

  /** True when the request was changed after signing. */
  public boolean changedAfterSigning() {
    return !wire.equals(prepared);
  }

  /** A copy where the header has this value (replaced, or added at the end). */
  public SignedRequest withHeader(String name, String value) {
    return with(w -> w.withHeader(name, value));
  }

  /** A copy with one more header line, e.g. a second {@code X-Amz-Security-Token}. */
  public SignedRequest addHeader(String name, String value) {
    return with(w -> w.addHeader(name, value));
  }

  public SignedRequest withoutHeader(String name) {
    return with(w -> w.withoutHeader(name));
  }

  public SignedRequest withBody(byte[] value) {
    return with(w -> w.withBody(value));
  }

  public SignedRequest withBody(String value) {
    return withBody(value.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy sent to another wire path and query ({@code /prod/a%2520b?x=1}), same origin. */
  public SignedRequest withTarget(String rawPathAndQuery) {
    URI u = wire.uri();
    return with(
        w -> w.withUri(URI.create(u.getScheme() + "://" + u.getRawAuthority() + rawPathAndQuery)));
  }

  public SignedRequest withMethod(String value) {
    return with(w -> w.withMethod(value));
  }

  /** A copy with any change to the wire request; the trace stays what was signed. */
  public SignedRequest with(UnaryOperator<FrozenRequest> change) {
    return new SignedRequest(change.apply(wire), trace, spec, prepared, preparedAt);
  }

  RequestSpec spec() {
    return spec;
  }

  /** The wire request a trace says to send: the spec's body, the trace's URL and headers. */
  static FrozenRequest signedWire(SigningTrace trace, RequestSpec spec) {
    return new FrozenRequest(
        spec.request().method(), trace.url(), trace.headersToSend(), spec.request().body());
  }

  /** The request in HTTP form with the session token masked. */
  public String text() {
    return wire.text();
  }

  @Override
  public String toString() {
    return "SignedRequest["
        + wire.method()
        + " "
        + wire.uri()
        + (trace == null ? ", " + spec.auth().mode() : ", signed " + trace.amzDate())
        + (changedAfterSigning() ? ", changed after signing" : "")
        + "]";
  }
}
