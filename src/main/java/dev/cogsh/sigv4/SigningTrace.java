package dev.cogsh.sigv4;

import dev.cogsh.human.Masks;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Every intermediate of one signing, immutable: what debugging and {@code explain()} read.
 *
 * @param canonicalRequest Task 1
 * @param amzDate the request date, {@code yyyyMMdd'T'HHmmss'Z'}
 * @param scope the credential scope
 * @param stringToSign Task 2
 * @param signature Task 3, 64 lower-case hex characters
 * @param authorization the {@code Authorization} header value; null in {@link Placement#QUERY} mode
 * @param headersToSend the request's headers plus {@code Host}, {@code X-Amz-Date}, {@code
 *     X-Amz-Security-Token} and {@code Authorization} as they apply
 * @param url the URL to send; in {@link Placement#QUERY} mode with the {@code X-Amz-*} parameters
 * @param accessKeyId the access key id of the {@code Credential}
 * @param sessionToken the session token sent, or null; masked by {@link #toString()} and explain
 * @param signingKeyHex the derived signing key; shown only by {@code explain(true)}
 */
public record SigningTrace(
    CanonicalRequest canonicalRequest,
    String amzDate,
    CredentialScope scope,
    String stringToSign,
    String signature,
    String authorization,
    List<Header> headersToSend,
    URI url,
    Placement placement,
    String accessKeyId,
    String sessionToken,
    String signingKeyHex) {

  /** Copies the header list; rejects missing parts. */
  public SigningTrace {
    Objects.requireNonNull(canonicalRequest, "canonicalRequest");
    Objects.requireNonNull(stringToSign, "stringToSign");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(placement, "placement");
    headersToSend = List.copyOf(headersToSend);
  }

  /** The signed header names, lower case and sorted. */
  public List<String> signedHeaders() {
    return canonicalRequest.signedHeaders();
  }

  /** The canonical request text (Task 1), as hashed into the string to sign. */
  public String canonicalRequestText() {
    return canonicalRequest.text();
  }

  /** Every step in readable form; the session token masked, the signing key hidden. */
  public String explain() {
    return explain(false);
  }

  /**
   * Every step in readable form: each canonical-request line labelled, the string to sign, scope,
   * signed headers, signature and what is added to the request. The session token is always masked;
   * the secret key is never part of a trace.
   *
   * @param showSigningKey also print the derived signing key (valid for this date, region and
   *     service only)
   */
  public String explain(boolean showSigningKey) {
    return Explanation.of(this, showSigningKey);
  }

  @Override
  public String toString() {
    return "SigningTrace["
        + canonicalRequest.method()
        + " "
        + canonicalRequest.canonicalUri()
        + ", scope="
        + scope.text()
        + ", signedHeaders="
        + canonicalRequest.signedHeadersText()
        + ", signature="
        + signature
        + ", sessionToken="
        + Masks.token(sessionToken)
        + "]";
  }
}
