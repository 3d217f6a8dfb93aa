package dev.cogsh.diagnose;

import dev.cogsh.sigv4.CanonicalRequest;
import dev.cogsh.sigv4.Header;
import dev.cogsh.sigv4.Signatures;
import dev.cogsh.sigv4.SigningOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The usual ways a request changes between signing and sending, each undone in turn: when one of
 * them reproduces the signature, it names the first difference (a browser's charset, an S3-style
 * signer, a doubled header, a trailing newline …).
 */
final class SignatureVariants {

  /**
   * A way the request may have looked when it was signed.
   *
   * @param what what changed after signing, in words
   * @param signedQuery the canonical query the signer used when it did not build one as SigV4 says
   *     (an unsorted query), else null
   */
  record Variant(
      String what,
      CapturedRequest request,
      SigningOptions options,
      String payloadHash,
      String signedQuery) {

    Variant(String what, CapturedRequest request, SigningOptions options, String payloadHash) {
      this(what, request, options, payloadHash, null);
    }

    /** The canonical request this variant signs, from the one SigV4 builds for its request. */
    CanonicalRequest adjust(CanonicalRequest built) {
      return signedQuery == null
          ? built
          : new CanonicalRequest(
              built.method(),
              built.canonicalUri(),
              signedQuery,
              built.canonicalHeaders(),
              built.signedHeaders(),
              built.payloadHash());
    }
  }

  private SignatureVariants() {}

  /** The first variant whose signature matches, computed by {@code signatureOf}. */
  static Optional<Variant> find(
      CapturedRequest r,
      SigningOptions options,
      String payloadHash,
      Function<Variant, String> signatureOf,
      String claimed) {
    for (Variant v : candidates(r, options, payloadHash)) {
      if (claimed.equalsIgnoreCase(signatureOf.apply(v))) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  static List<Variant> candidates(CapturedRequest r, SigningOptions options, String payloadHash) {
    List<Variant> out = new ArrayList<>();
    // curl --aws-sigv4 signs the path as sent (encoded once, dot segments kept) and, before 8.x,
    // the query as typed: each habit alone, then the query with each way of signing the path.
    List<Variant> paths = new ArrayList<>();
    paths.add(
        new Variant(
            "the signer encoded the path once (S3-style, as curl --aws-sigv4 does); API Gateway"
                + " encodes it twice",
            r,
            options.withDoubleEncodePath(false),
            payloadHash));
    String path = r.rawPath() == null ? "" : r.rawPath();
    if (path.contains("/./")
        || path.contains("/../")
        || path.contains("//")
        || path.endsWith("/.")
        || path.endsWith("/..")) {
      paths.add(
          new Variant(
              "the signer kept the path's './', '../' or '//' segments (curl --aws-sigv4 does);"
                  + " SigV4 removes them",
              r,
              options.withNormalizePath(false),
              payloadHash));
      paths.add(
          new Variant(
              "the signer kept the path's dot segments and encoded it once (curl --aws-sigv4"
                  + " does); SigV4 removes them and encodes it twice",
              r,
              options.withNormalizePath(false).withDoubleEncodePath(false),
              payloadHash));
    }
    out.addAll(paths);
    Optional<String> unsorted = unsortedQuery(r.rawQuery());
    if (unsorted.isPresent()) {
      String query =
          "the signer kept the query in the order typed (curl --aws-sigv4 before 8.x does); SigV4"
              + " sorts it by name";
      out.add(new Variant(query, r, options, payloadHash, unsorted.get()));
      for (Variant p : paths) {
        out.add(
            new Variant(p.what() + "; and " + query, r, p.options(), payloadHash, unsorted.get()));
      }
    }
    r.header("content-type")
        .filter(v -> v.contains(";"))
        .ifPresent(
            v ->
                out.add(
                    new Variant(
                        "'"
                            + v.substring(v.indexOf(';'))
                            + "' was appended to Content-Type after signing",
                        withHeader(r, "content-type", v.substring(0, v.indexOf(';')).strip()),
                        options,
                        payloadHash)));
    Set<String> repeated = repeatedNames(r.headers());
    if (!repeated.isEmpty()) {
      out.add(
          new Variant(
              "header " + String.join(", ", repeated) + " was sent twice",
              firstValuesOnly(r, repeated),
              options,
              payloadHash));
    }
    byte[] body = r.body();
    if (body.length > 0 && body[body.length - 1] == '\n') {
      out.add(
          new Variant(
              "a trailing newline was added to the body after signing",
              r,
              options,
              sha(Arrays.copyOf(body, body.length - 1))));
    } else {
      byte[] more = Arrays.copyOf(body, body.length + 1);
      more[body.length] = '\n';
      out.add(new Variant("the body lost a trailing newline after signing", r, options, sha(more)));
    }
    if (body.length > 0) {
      out.add(
          new Variant(
              "the signer hashed an empty body; a body was sent", r, options, sha(new byte[0])));
    }
    out.add(
        new Variant(
            "the signer used UNSIGNED-PAYLOAD", r, options, CanonicalRequest.UNSIGNED_PAYLOAD));
    if (r.rawQuery() != null && r.rawQuery().contains("+")) {
      out.add(
          new Variant(
              "a space in the query was sent as '+' (SigV4 reads a plus sign)",
              withQuery(r, r.rawQuery().replace("+", "%20")),
              options,
              payloadHash));
    }
    return out;
  }

  /**
   * The query as typed, without {@code X-Amz-Signature}, when it has several parameters: what a
   * signer that does not sort (curl before 8.x) signs.
   */
  private static Optional<String> unsortedQuery(String rawQuery) {
    if (rawQuery == null || !rawQuery.contains("&")) {
      return Optional.empty();
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (!pair.isEmpty() && !pair.regionMatches(true, 0, "X-Amz-Signature=", 0, 16)) {
        kept.add(pair);
      }
    }
    return kept.size() < 2 ? Optional.empty() : Optional.of(String.join("&", kept));
  }

  private static String sha(byte[] bytes) {
    return Signatures.sha256Hex(bytes);
  }

  private static Set<String> repeatedNames(List<Header> headers) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (Header h : headers) {
      String n = h.name().toLowerCase(Locale.ROOT);
      if (!seen.add(n)) {
        repeated.add(n);
      }
    }
    return repeated;
  }

  private static CapturedRequest firstValuesOnly(CapturedRequest r, Set<String> names) {
    List<Header> out = new ArrayList<>();
    Set<String> kept = new LinkedHashSet<>();
    for (Header h : r.headers()) {
      String n = h.name().toLowerCase(Locale.ROOT);
      if (!names.contains(n) || kept.add(n)) {
        out.add(h);
      }
    }
    return copy(r, out, r.rawQuery());
  }

  private static CapturedRequest withHeader(CapturedRequest r, String name, String value) {
    List<Header> out = new ArrayList<>();
    for (Header h : r.headers()) {
      out.add(h.name().equalsIgnoreCase(name) ? new Header(h.name(), value) : h);
    }
    return copy(r, out, r.rawQuery());
  }

  private static CapturedRequest withQuery(CapturedRequest r, String query) {
    return copy(r, r.headers(), query);
  }

  private static CapturedRequest copy(CapturedRequest r, List<Header> headers, String query) {
    return new CapturedRequest(
        r.method(), r.rawPath(), query, headers, r.body(), r.fingerprint(), r.notes());
  }
}
