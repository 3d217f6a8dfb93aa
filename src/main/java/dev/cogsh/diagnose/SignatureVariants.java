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
   */
  record Variant(
      String what, CapturedRequest request, SigningOptions options, String payloadHash) {}

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
    out.add(
        new Variant(
            "the signer encoded the path once (S3-style); API Gateway encodes it twice",
            r,
            options.withDoubleEncodePath(false),
            payloadHash));
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
