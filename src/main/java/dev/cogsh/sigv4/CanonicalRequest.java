package dev.cogsh.sigv4;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Task 1: the canonical request.
 *
 * <pre>
 * HTTPMethod \n
 * CanonicalURI \n
 * CanonicalQueryString \n
 * CanonicalHeaders \n        (one "name:value\n" line per header)
 * SignedHeaders \n           (names joined with ';')
 * HashedPayload              (Hex(SHA256(body)) or UNSIGNED-PAYLOAD)
 * </pre>
 *
 * <p>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-canonical-request
 *
 * @param canonicalHeaders lower-case names, canonical values, sorted by name
 * @param signedHeaders the lower-case names of {@code canonicalHeaders}, in the same order
 */
public record CanonicalRequest(
    String method,
    String canonicalUri,
    String canonicalQuery,
    List<Header> canonicalHeaders,
    List<String> signedHeaders,
    String payloadHash) {

  /** The payload hash that says "the body is not signed". */
  public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

  /** Copies the lists; rejects null parts. */
  public CanonicalRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(canonicalUri, "canonicalUri");
    Objects.requireNonNull(canonicalQuery, "canonicalQuery");
    Objects.requireNonNull(payloadHash, "payloadHash");
    canonicalHeaders = List.copyOf(canonicalHeaders);
    signedHeaders = List.copyOf(signedHeaders);
  }

  /** The six parts, {@code '\n'}-joined, no trailing newline: what Task 2 hashes. */
  public String text() {
    int length = method.length() + canonicalUri.length() + canonicalQuery.length() + 8;
    for (Header h : canonicalHeaders) {
      length += h.name().length() + h.value().length() + 2;
    }
    length += canonicalHeaders.size() * 16 + payloadHash.length();
    StringBuilder out = new StringBuilder(length);
    out.append(method).append('\n').append(canonicalUri).append('\n');
    out.append(canonicalQuery).append('\n');
    for (Header h : canonicalHeaders) {
      out.append(h.name()).append(':').append(h.value()).append('\n');
    }
    out.append('\n').append(signedHeadersText()).append('\n').append(payloadHash);
    return out.toString();
  }

  /** The signed header names joined with {@code ;}, as in the Authorization header. */
  public String signedHeadersText() {
    return String.join(";", signedHeaders);
  }

  /**
   * The canonical request a verifier computes from a request it received: the headers named in
   * {@code signedHeaderNames} (any case) are canonicalized; a signed name the request lacks gets an
   * empty value. {@code X-Amz-Signature} is left out of the query (a signature cannot sign itself),
   * and so is {@code X-Amz-Security-Token} when {@code options.signSessionToken()} is false.
   *
   * @param rawPath the path as received (percent-encoded), e.g. {@code /prod/notes/a%20b}
   * @param rawQuery the query as received, without {@code ?}; null or empty for none
   * @param payloadHash {@code Hex(SHA256(body))}, or {@link #UNSIGNED_PAYLOAD}
   */
  public static CanonicalRequest of(
      String method,
      String rawPath,
      String rawQuery,
      List<Header> headers,
      List<String> signedHeaderNames,
      String payloadHash,
      SigningOptions options) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String name : signedHeaderNames) {
      wanted.add(name.toLowerCase(Locale.ROOT));
    }
    List<Header> selected = new ArrayList<>();
    for (Header h : headers) {
      if (wanted.contains(h.name().toLowerCase(Locale.ROOT))) {
        selected.add(h);
      }
    }
    List<Header> canonical = new ArrayList<>(CanonicalHeaders.of(selected));
    for (String name : wanted) {
      if (canonical.stream().noneMatch(h -> h.name().equals(name))) {
        canonical.add(new Header(name, ""));
      }
    }
    canonical.sort((a, b) -> a.name().compareTo(b.name()));
    String signedQuery =
        options.signSessionToken()
            ? CanonicalQuery.without(rawQuery, "X-Amz-Signature")
            : CanonicalQuery.without(rawQuery, "X-Amz-Signature", "X-Amz-Security-Token");
    return create(method, rawPath, signedQuery, canonical, payloadHash, options);
  }

  /** From headers that are already canonical and sorted (all of them signed). */
  static CanonicalRequest create(
      String method,
      String rawPath,
      String rawQuery,
      List<Header> canonicalHeaders,
      String payloadHash,
      SigningOptions options) {
    List<String> names = new ArrayList<>(canonicalHeaders.size());
    for (Header h : canonicalHeaders) {
      names.add(h.name());
    }
    return new CanonicalRequest(
        method,
        CanonicalUri.of(rawPath, options.normalizePath(), options.doubleEncodePath()),
        CanonicalQuery.of(rawQuery),
        canonicalHeaders,
        names,
        payloadHash);
  }
}
